/** Placeholder, replaced by the layanan feature. */
export default function Placeholder() {
  return <p>…</p>;
}

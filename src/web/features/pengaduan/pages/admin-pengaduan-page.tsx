/** Placeholder, replaced by the pengaduan feature. */
export default function Placeholder() {
  return <p>…</p>;
}

/** Placeholder, replaced by the permohonan feature. */
export default function Placeholder() {
  return <p>…</p>;
}

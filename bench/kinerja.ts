/** PLACEHOLDER (scaffold): `npm run bench:kinerja` — replaced by the implementation. */
console.log('bench:kinerja belum diisi');

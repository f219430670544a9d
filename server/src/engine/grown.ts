// Typed arrays that grow as what they index grows (a draft's word forms, a table's keys).

/** A typed array of `length` elements (twice a's by default), holding `a` at its start (the rest 0). */
export function grown<A extends Int8Array | Uint8Array | Uint16Array | Int32Array>(a: A, length = a.length * 2): A {
  const b = new (a.constructor as new (n: number) => A)(length);
  b.set(a);
  return b;
}

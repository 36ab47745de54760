/**
 * Typed arrays backed by SharedArrayBuffer, so that encoded columns reach worker threads without
 * being copied. Where SharedArrayBuffer is unavailable they fall back to ordinary buffers.
 */
const hasShared = typeof SharedArrayBuffer === 'function';

function buffer(bytes: number): ArrayBufferLike {
  return hasShared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

/** A shared Int32Array of the given length, zero-filled. */
export function sharedInt32(length: number): Int32Array {
  return new Int32Array(buffer(length * 4));
}

/** A shared Uint16Array of the given length, zero-filled. */
export function sharedUint16(length: number): Uint16Array {
  return new Uint16Array(buffer(length * 2));
}

/** A shared Int16Array of the given length, zero-filled. */
export function sharedInt16(length: number): Int16Array {
  return new Int16Array(buffer(length * 2));
}

/** A shared Uint8Array of the given length, zero-filled. */
export function sharedUint8(length: number): Uint8Array {
  return new Uint8Array(buffer(length));
}

/** A shared Float64Array of the given length, zero-filled. */
export function sharedFloat64(length: number): Float64Array {
  return new Float64Array(buffer(length * 8));
}

/** An Int32Array that grows by doubling while it is filled, then is copied into shared memory. */
export class Int32Builder {
  private data = new Int32Array(1024);
  length = 0;

  /** Appends one value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The value at an index already pushed. */
  get(index: number): number {
    return this.data[index]!;
  }

  /** Replaces the value at an index already pushed. */
  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** The values so far, in a shared array of exactly the right length. */
  toShared(): Int32Array {
    const result = sharedInt32(this.length);
    result.set(this.data.subarray(0, this.length));
    return result;
  }
}

/** A Uint16Array builder (string code units) with the same behaviour as Int32Builder. */
export class Uint16Builder {
  private data = new Uint16Array(4096);
  length = 0;

  /** Appends the code units of a string. */
  pushString(text: string): void {
    while (this.length + text.length > this.data.length) {
      const grown = new Uint16Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    for (let index = 0; index < text.length; index++) this.data[this.length++] = text.charCodeAt(index);
  }

  /** The code units so far, in a shared array of exactly the right length. */
  toShared(): Uint16Array {
    const result = sharedUint16(this.length);
    result.set(this.data.subarray(0, this.length));
    return result;
  }
}

// The duration of a WebM (Matroska) file, read from its Segment Info, so the build and the
// tests know how long the video is without ffmpeg.

const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;

function readVint(bytes: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number } {
  const first = bytes[at]!;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length += 1;
  if (length > 8) throw new Error(`not an EBML number at byte ${at}`);
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i += 1) value = value * 256 + bytes[at + i]!;
  return { value, length };
}

/** Seconds, or an error when the file is not WebM or has no duration. */
export function webmDuration(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  let end = bytes.length;
  let scale = 1_000_000;
  let duration: number | undefined;
  while (at < end) {
    const id = readVint(bytes, at, true);
    const size = readVint(bytes, at + id.length, false);
    const body = at + id.length + size.length;
    if (id.value === SEGMENT || id.value === INFO) {
      // Step into the element; an unknown size (live stream) runs to the end of the file.
      end = Math.min(bytes.length, body + (size.length === 8 && size.value > bytes.length ? bytes.length : size.value));
      at = body;
      continue;
    }
    if (id.value === TIMECODE_SCALE) {
      scale = 0;
      for (let i = 0; i < size.value; i += 1) scale = scale * 256 + bytes[body + i]!;
    }
    if (id.value === DURATION) duration = size.value === 4 ? view.getFloat32(body) : view.getFloat64(body);
    at = body + size.value;
  }
  if (duration === undefined) throw new Error('no duration in the WebM file');
  return (duration * scale) / 1e9;
}

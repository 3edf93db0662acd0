// From the path of a request to a file of the built site, for scripts/serve.mjs. The path is
// decoded once and joined to the root; the file's real path (symlinks followed) must lie
// inside the root's real path, so neither "..%2f", a sibling folder whose name starts like
// the root's ("dist-old/"), nor a symlink can reach anything outside.
import fs from 'node:fs';
import path from 'node:path';

/** The path of a request target, still percent-encoded: "/a%20b/" of "/a%20b/?x=1". */
export function rawPath(url) {
  return url.split(/[?#]/, 1)[0];
}

/** The decoded path, or undefined when its percent-encoding is broken ("/%E0%A4%A"). */
export function decodePath(raw) {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function isInside(root, file) {
  const relative = path.relative(root, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * The file or folder at a decoded URL path, if it exists inside root (a real path).
 * @param {string} root
 * @param {string} decoded
 * @returns {{ file: string, stats: fs.Stats } | undefined}
 */
export function lookUp(root, decoded) {
  const candidate = path.join(root, decoded);
  if (!isInside(root, candidate)) return undefined;
  try {
    const file = fs.realpathSync(candidate);
    return isInside(root, file) ? { file, stats: fs.statSync(file) } : undefined;
  } catch {
    // Missing, unreadable, or a name the file system refuses (a NUL byte).
    return undefined;
  }
}

/**
 * Where a folder asked for without its trailing slash redirects: the request's own, still
 * encoded path plus "/". It starts with exactly one "/" ("//host/" would send the browser to
 * another site), and every character outside the URL path set is percent-encoded ("\" too,
 * which browsers read as "/"), so the Location header is always a valid, same-site path.
 */
export function slashRedirect(raw) {
  const encoded = raw.replace(/[^\w\-.~!$&'()*+,;=:@/%]/g, encodeURIComponent);
  return `${encoded.replace(/^\/+/, '/')}/`;
}

/**
 * The client address used to key per-IP rate limits: the rightmost entry of X-Forwarded-For.
 *
 * `next start` sets X-Forwarded-For to the socket's address when the request has none, and a reverse proxy
 * (nginx `$proxy_add_x_forwarded_for`, Caddy, a load balancer) appends the address it saw, so the rightmost entry
 * is the one a trusted party wrote. Entries to its left are whatever the client sent and are ignored. Without a
 * proxy, a client that sends its own X-Forwarded-For chooses its key: deploy behind a proxy that sets the header
 * (docs/reliability.md); the per-account limits hold either way.
 */
export function readClientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? headers.get("x-real-ip") ?? "";
  const last = forwarded.split(",").at(-1)?.trim() ?? "";
  return normalizeIp(last) ?? "unknown";
}

/** A plausible IPv4/IPv6 literal (IPv4-mapped IPv6 folded to IPv4), or null for anything else. */
export function normalizeIp(value: string): string | null {
  let ip = value.trim().toLowerCase();
  if (ip.startsWith("[") && ip.includes("]")) ip = ip.slice(1, ip.indexOf("]")); // "[::1]:port"
  if (ip.startsWith("::ffff:") && /^\d+\.\d+\.\d+\.\d+$/.test(ip.slice(7))) ip = ip.slice(7);
  if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":")); // "1.2.3.4:port"
  if (ip.length === 0 || ip.length > 45) return null;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return ip.split(".").every((part) => Number(part) <= 255) ? ip : null;
  if (/^[0-9a-f:]+$/.test(ip) && ip.includes(":")) return ip;
  return null;
}

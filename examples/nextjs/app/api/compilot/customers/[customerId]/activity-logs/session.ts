// A stand-in for your own session lookup: the example's "session" is a cookie that names the signed-in customer.
// Replace it with your auth library's (a verified session token, never a value the visitor can simply set).
import { SESSION_COOKIE } from "@/lib/session-cookie";

export async function getSession(request: Request): Promise<{ customerId: string } | undefined> {
  const cookies = request.headers.get("cookie") ?? "";
  const value = cookies
    .split(/;\s*/)
    .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
  return value ? { customerId: decodeURIComponent(value) } : undefined;
}

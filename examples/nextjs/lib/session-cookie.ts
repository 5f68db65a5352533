// The example's stand-in session: a cookie naming the signed-in customer (see the route's session.ts).
export const SESSION_COOKIE = "example_session";

import { NextResponse } from 'next/server';

/**
 * A 303 to a path of this site, with a relative Location. Behind a reverse proxy a route handler's own URL
 * names the instance (http://localhost:3201), not the public origin, so an absolute Location built from it
 * would send the reader to the instance.
 */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } });
}

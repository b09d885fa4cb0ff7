import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/openapi';

// Built once at build time: the document changes only with the code (headers: lib/security-headers.ts).
export const dynamic = 'force-static';

export function GET() {
  return NextResponse.json(openApiDocument());
}

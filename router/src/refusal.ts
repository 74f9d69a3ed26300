import type { HeaderMap } from '@apollo/server';
import type { Request, Response } from 'express';
import type { GraphQLError } from 'graphql';

/**
 * Answers a request the router refuses before Apollo sees it, as Apollo would answer the same
 * error: its HTTP status and headers, and the message and code alone. A body still on its way is
 * not read: the connection closes once the answer is sent, so a refused megabyte costs no more
 * than its headers.
 */
export function answerRefusal(req: Request, res: Response, error: GraphQLError): void {
  const { status, headers } = error.extensions.http as { status: number; headers?: HeaderMap };
  if (!req.complete) res.set('connection', 'close');
  res
    .status(status)
    .set(Object.fromEntries(headers ?? []))
    .json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
}

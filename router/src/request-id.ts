import { acceptRequestId } from '@comptoir/kit/request-id';
import type { Request, RequestHandler } from 'express';

const requestIds = new WeakMap<Request, string>();

/**
 * Gives every request an id: the caller's `x-request-id` when it is a sane token (so a trace can
 * start at the edge), otherwise a fresh UUID. The id is echoed on the response.
 */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const id = acceptRequestId(req.get('x-request-id'));
    requestIds.set(req, id);
    res.set('x-request-id', id);
    next();
  };
}

/** The id `requestId()` assigned to this request. */
export function requestIdOf(req: Request): string {
  const id = requestIds.get(req);
  if (id === undefined) throw new Error('requestId() middleware must run before requestIdOf()');
  return id;
}

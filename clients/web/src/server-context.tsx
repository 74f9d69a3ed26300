import { createContext, type JSX, useContext } from 'solid-js';
import { isServer } from 'solid-js/web';

/**
 * What the server knows about the request and the pages tell it back: the public origin (canonical
 * links) and the HTTP status (a missing product is a 404, though its page still renders).
 */
export interface RequestContext {
  publicUrl: string;
  status: number;
}

const Context = createContext<RequestContext>();

export function RequestContextProvider(props: { value: RequestContext; children: JSX.Element }) {
  return <Context.Provider value={props.value}>{props.children}</Context.Provider>;
}

/** The shop's public origin: the server's, or the page's in the browser. */
export function usePublicUrl(): string {
  const context = useContext(Context);
  return context?.publicUrl ?? (isServer ? '' : window.location.origin);
}

/** Sets the response status when rendering on the server (no effect in the browser). */
export function useResponseStatus(status: number): void {
  const context = useContext(Context);
  if (context) context.status = status;
}

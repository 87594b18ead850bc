// The few DOM and host helpers every PyWeb Notes webview script uses.

/** The handle VS Code gives a webview: typed by the messages and state of that panel. */
export interface WebviewHost<Message, State> {
  postMessage(message: Message): void;
  setState(state: State): void;
}

declare function acquireVsCodeApi(): WebviewHost<unknown, unknown>;

/** acquireVsCodeApi may be called once per page; call this once at the top of a script. */
export function acquireHost<Message, State>(): WebviewHost<Message, State> {
  return acquireVsCodeApi() as WebviewHost<Message, State>;
}

/** Creates an element with an optional class and text content, and appends children. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string | undefined; text?: string } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

import { Component, type ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface ViewErrorBoundaryProps {
  title: string;
  hint: string;
  /** When the view's script could not be fetched (webpack's `ChunkLoadError`): no technical message, what to do. */
  notLoaded: { title: string; hint: string };
  children: ReactNode;
}

/** webpack names the error of a script it could not fetch (a lost connection, an updated add-in). */
const isNotLoaded = (error: Error) => error.name === "ChunkLoadError";

/**
 * A view that crashes while rendering shows a message with the reason in its own tab instead of blanking
 * the whole pane; the other tabs keep working.
 */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error("Beleidsmonitor: a view failed", error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { title, body } = isNotLoaded(error)
      ? { title: this.props.notLoaded.title, body: this.props.notLoaded.hint }
      : { title: this.props.title, body: `${error.message} ${this.props.hint}` };
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    );
  }
}

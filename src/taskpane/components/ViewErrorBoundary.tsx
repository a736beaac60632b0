import { Component, type ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface ViewErrorBoundaryProps {
  title: string;
  hint: string;
  children: ReactNode;
}

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
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{this.props.title}</MessageBarTitle>
          {`${error.message} ${this.props.hint}`}
        </MessageBarBody>
      </MessageBar>
    );
  }
}

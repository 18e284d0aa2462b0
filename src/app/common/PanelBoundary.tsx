import { Component, Fragment, useId, type ReactNode } from 'react';
import { saveDesignFile } from '../files/save-file';
import { designStore } from '../store/hooks';
import { Modal } from './Modal';

interface Props {
  /** What the panel is, for the message: "canvas", "diagnostics panel". */
  readonly name: string;
  readonly className?: string;
  /** Called before remounting, e.g. to retry a lazily loaded chunk. */
  readonly onRetry?: () => void;
  /** For a dialog: the message shows as a dialog, with a Close button that calls this. */
  readonly onClose?: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly attempt: number;
}

/**
 * Keeps a crashing panel (a render error, a chunk that failed to load) from taking the app down: the
 * design in the store is untouched and still autosaved; the panel offers the design as a file and a retry.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private retry = () => {
    this.props.onRetry?.();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  private close = () => {
    this.setState({ error: null });
    this.props.onClose?.();
  };

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    const { name, className, onClose } = this.props;
    return (
      <PanelError name={name} message={error.message} className={className} onRetry={this.retry} onClose={onClose ? this.close : undefined} />
    );
  }
}

interface ErrorProps {
  readonly name: string;
  readonly message: string;
  readonly className?: string;
  readonly onRetry: () => void;
  readonly onClose?: () => void;
}

/** The message a crashed panel shows in its place. */
function PanelError({ name, message, className, onRetry, onClose }: ErrorProps) {
  const id = useId();
  const body = (
    <div role="alert" className={`panel-error ${className ?? ''}`}>
      <p id={id}>
        The {name} could not be shown ({message}). Your design is safe and still saved in this browser.
      </p>
      <div className="dialog-actions">
        <button type="button" className="tool" onClick={() => saveDesignFile(designStore.getState().doc)}>
          Download design
        </button>
        <button type="button" className="tool" onClick={onRetry}>
          Try again
        </button>
        {onClose ? (
          <button type="button" className="tool" onClick={onClose}>
            Close
          </button>
        ) : null}
      </div>
    </div>
  );
  return onClose ? (
    <Modal labelledBy={id} onClose={onClose}>
      {body}
    </Modal>
  ) : (
    body
  );
}

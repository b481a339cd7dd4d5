import type { ReactNode } from 'react';

interface PanelProps {
  /** The heading's id, which names the section for screen readers (`aria-labelledby`). */
  headingId: string;
  title: string;
  /** Spans the whole console grid row. */
  wide?: boolean;
  testId?: string;
  children: ReactNode;
}

/** One titled panel of the facilitator console: a section named by its own heading. */
export function Panel({ headingId, title, wide = false, testId, children }: PanelProps) {
  return (
    <section className={wide ? 'panel panel-wide' : 'panel'} aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId} className="panel-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

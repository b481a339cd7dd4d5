import type { ReactNode } from 'react';

/** A segment with nothing but its title on the projector (intro, talks, plenary before the wrap-up starts). */
export function PlainPhase({
  workshopTitle,
  title,
  clock,
  lead,
  corner = null,
}: {
  workshopTitle: string;
  title: string;
  clock: ReactNode;
  lead: string | null;
  /** Why to take the phone out now, with the QR code (JoinCorner), when there is a reason. */
  corner?: ReactNode;
}) {
  return (
    <div className="screen-phase screen-plain">
      <p className="screen-eyebrow">{workshopTitle}</p>
      <h1 className="screen-big" data-testid="segment-title">
        {title}
      </h1>
      {clock}
      {lead && <p className="screen-lead">{lead}</p>}
      {corner}
    </div>
  );
}

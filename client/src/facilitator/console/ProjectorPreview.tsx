import { useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../ui/i18n';

/** The size the miniature lays the projector out at: 16:9, like every projector size (its layout is relative). */
const STAGE = { width: 1280, height: 720 };

/**
 * A live miniature of the projector: the screen page itself, in a frame, scaled down. It connects with the
 * facilitator's own link (so it is not counted as a screen) and in preview mode (no chime, no buttons); its own
 * document keeps the projector's test hooks out of the console's.
 */
export function ProjectorPreview({ token }: { token: string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.25);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = (): void => setScale(el.clientWidth / STAGE.width);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="projector-preview" ref={box}>
      <iframe
        title={t('fac.preview.label')}
        src={`/screen?preview#${token}`}
        width={STAGE.width}
        height={STAGE.height}
        tabIndex={-1}
        style={{ transform: `scale(${scale})` }}
        data-testid="projector-preview"
      />
    </div>
  );
}

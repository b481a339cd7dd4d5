import { useRef, type KeyboardEvent } from 'react';
import type { MessageKey } from '@kafe/shared/i18n/nb/index';
import { useT } from '../../ui/i18n';
import { CONSOLE_TABS, type ConsoleTab } from './consoleTabs';

const LABELS: Record<ConsoleTab, MessageKey> = {
  prepare: 'fac.tab.prepare',
  live: 'fac.tab.live',
  plenary: 'fac.tab.plenary',
  report: 'fac.tab.report',
};

export const tabId = (tab: ConsoleTab): string => `console-tab-${tab}`;
export const panelId = (tab: ConsoleTab): string => `console-panel-${tab}`;

/** The console's sections as tabs (WAI-ARIA tabs: arrow keys move between them); the workshop's own is marked "now". */
export function ConsoleTabs({
  tab,
  phaseTab,
  onPick,
}: {
  tab: ConsoleTab;
  phaseTab: ConsoleTab;
  onPick: (tab: ConsoleTab) => void;
}) {
  const t = useT();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = CONSOLE_TABS.indexOf(tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to =
      e.key === 'Home'
        ? CONSOLE_TABS[0]
        : e.key === 'End'
          ? CONSOLE_TABS[CONSOLE_TABS.length - 1]
          : step
            ? CONSOLE_TABS[(i + step + CONSOLE_TABS.length) % CONSOLE_TABS.length]
            : undefined;
    if (!to) return;
    e.preventDefault();
    onPick(to);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(to)}`)?.focus();
  };
  return (
    <div className="console-tabs" role="tablist" aria-label={t('fac.tabs')} ref={list} onKeyDown={onKeyDown}>
      {CONSOLE_TABS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={tabId(name)}
          data-testid={tabId(name)}
          aria-selected={name === tab}
          aria-controls={panelId(name)}
          tabIndex={name === tab ? 0 : -1}
          className="console-tab"
          onClick={() => onPick(name)}
        >
          {t(LABELS[name])}
          {name === phaseTab && <span className="console-tab-now"> · {t('fac.tab.now')}</span>}
        </button>
      ))}
    </div>
  );
}

import type { MessageKey } from '../../i18n/index.js';
import type { IdeaMode } from '../../agenda.js';
import type { HarvestReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

const IDEAS: Record<IdeaMode, MessageKey> = {
  off: 'harvest.ideas.off',
  open: 'harvest.ideas.open',
  approval: 'harvest.ideas.approval',
};

/** The host guidance, the settings the workshop ran with, and what the facilitator put on the screen. */
export function appendixBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  const a = r.appendix;
  const s = a.settings;
  const settings = [
    { label: f.t('harvest.setting.tables'), value: f.number(a.tables) },
    { label: f.t('clock.mode'), value: f.t(s.clockMode === 'fixed' ? 'clock.mode.fixed' : 'clock.mode.durations') },
    { label: f.t('harvest.setting.ideas'), value: f.t(IDEAS[s.ideas]) },
    { label: f.t('harvest.setting.mixing'), value: f.yesNo(s.mixing) },
    { label: f.t('harvest.setting.dots'), value: f.number(s.dotsPerParticipant) },
    { label: f.t('harvest.setting.chime'), value: f.yesNo(s.chime) },
    { label: f.t('harvest.setting.timeZone'), value: a.timeZone },
  ];
  return [
    { kind: 'heading', level: 2, text: f.t('harvest.appendix'), id: 'appendix' },
    { kind: 'heading', level: 3, text: f.t('harvest.appendix.guidance') },
    a.hostGuidance.length
      ? { kind: 'list', items: a.hostGuidance.map((text) => ({ text })) }
      : { kind: 'paragraph', text: f.t('harvest.appendix.noGuidance'), muted: true },
    { kind: 'heading', level: 3, text: f.t('harvest.appendix.settings') },
    { kind: 'facts', items: settings },
    ...(s.evaluation.length
      ? [
          { kind: 'heading' as const, level: 4 as const, text: f.t('harvest.setting.evaluation') },
          {
            kind: 'list' as const,
            items: s.evaluation.map((i) => ({
              text: i.text,
              meta: f.t(i.kind === 'scale' ? 'harvest.item.scale' : 'harvest.item.text'),
            })),
          },
        ]
      : []),
    ...(a.messages.length
      ? [
          { kind: 'heading' as const, level: 3 as const, text: f.t('harvest.appendix.messages') },
          { kind: 'list' as const, items: a.messages.map((m) => ({ text: m.text, meta: f.time(m.at) })) },
        ]
      : []),
  ];
}

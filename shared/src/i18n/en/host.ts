import type { HostKey } from '../nb/host.js';

export const hostEn: Record<HostKey, string> = {
  'host.guide.open': 'Host guide',
  'host.guide.1':
    'The aim is not to produce concrete output or to agree. Follow the energy of the conversation, make room to explore and for different views.',
  'host.guide.2': '(Discreetly) encourage the group to listen to each other and build on each other’s ideas.',
  'host.guide.3':
    'Give each new group a short, high-level summary after the rotation, so they get as much time as possible for their own conversation.',
  'host.add': 'Add',
  'host.editNote': 'Edit note',
  'host.deleteNote': 'Delete note',
  'host.outbox.help': 'Notes are saved on the tablet first and sent when the network is there.',
  'host.rejected': 'The server refused a change: {message}',
  'host.next.rotation': 'Tables are changing now. Welcome the new group.',
  'host.next.break': 'Break. We continue at {time}.',
  'host.next.notStarted': 'The workshop has not started yet. You can enter your name while you wait.',
  'host.next.plenary': 'Plenary summary. Thank you for hosting the table!',
  'host.recap.round': 'From round {n}',
  'host.fromParticipant': 'From a participant',
  'host.namePlaceholder': 'E.g. Kari',
  'host.chars': '{n} of {max} characters',
  'host.chars.over': 'The text is {over} characters too long. Shorten it – nothing has been cut.',
  'host.summary.typing': 'Not saved yet',
  'host.summary.saving': 'Saving …',
  'host.summary.waiting': 'Saved on this tablet – sent when the network is back',
  'host.summary.savedAt': 'Saved at {time}',
};

import type { SessionItem } from '@koers/server-db';
import type { SessionItemView } from '../views';

export function itemView(i: SessionItem): SessionItemView {
  return { id: i.id, sessionId: i.sessionId, kind: i.kind, text: i.text, owner: i.owner, dueOn: i.dueOn, doneAt: i.doneAt, createdAt: i.createdAt };
}

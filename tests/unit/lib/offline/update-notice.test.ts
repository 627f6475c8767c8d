import { describe, it, expect } from 'vitest';
import { initialNoticeState, noticeReducer, type NoticeEvent, type NoticeEffect, type NoticeState } from '../../../../src/lib/offline/update-notice';

/** Runs events in order; returns the final state and every effect, in order. */
function run(events: NoticeEvent[], from: NoticeState = initialNoticeState) {
  let state = from;
  const effects: NoticeEffect[] = [];
  for (const e of events) {
    const out = noticeReducer(state, e);
    state = out.state;
    effects.push(...out.effects);
  }
  return { state, effects };
}

describe('noticeReducer', () => {
  it('on a first visit says once that the site is saved for offline use, and never asks for a reload', () => {
    // "waiting" twice (the worker is watched from two places): said once.
    const { state, effects } = run([{ type: 'start', controlled: false }, { type: 'waiting' }, { type: 'waiting' }, { type: 'controllerchange' }]);
    expect(effects).toEqual(['show-saved']);
    expect(state.notice).toBe('saved');
    expect(state.controlled).toBe(true);
    const closed = noticeReducer(state, { type: 'dismiss' });
    expect(closed.effects).toEqual(['hide']);
    expect(closed.state.notice).toBe('hidden');
  });

  it('shows the notice once when a new version is waiting behind the one serving the page', () => {
    const { state, effects } = run([{ type: 'start', controlled: true }, { type: 'waiting' }]);
    expect(effects).toEqual(['show']);
    expect(state.notice).toBe('shown');
    expect(state.waiting).toBe(true);
  });

  it('asks the waiting worker to take over on reload, and reloads only once it has', () => {
    const shown = run([{ type: 'start', controlled: true }, { type: 'waiting' }]).state;
    const pressed = noticeReducer(shown, { type: 'reload' });
    expect(pressed.effects).toEqual(['skip-waiting']);
    const taken = noticeReducer(pressed.state, { type: 'controllerchange' });
    expect(taken.effects).toEqual(['reload']);
  });

  it('reloads straight away when no worker is waiting any more (another tab already switched)', () => {
    const { effects } = run([{ type: 'start', controlled: true }, { type: 'waiting' }, { type: 'controllerchange' }, { type: 'reload' }]);
    expect(effects).toEqual(['show', 'reload']);
  });

  it('offers a reload when another tab switches to the new version under this page', () => {
    const { state, effects } = run([{ type: 'start', controlled: true }, { type: 'controllerchange' }]);
    expect(effects).toEqual(['show']);
    expect(state.notice).toBe('shown');
  });

  it('hides the notice when dismissed and keeps the old version serving the page', () => {
    const { state, effects } = run([{ type: 'start', controlled: true }, { type: 'waiting' }, { type: 'dismiss' }]);
    expect(effects).toEqual(['show', 'hide']);
    expect(state.notice).toBe('dismissed');
    expect(state.reloadRequested).toBe(false);
  });

  it('ignores Escape when no notice is shown', () => {
    expect(run([{ type: 'start', controlled: true }, { type: 'dismiss' }]).effects).toEqual([]);
  });

  it('shows the notice again when a still newer version arrives after a dismissal', () => {
    const { effects } = run([{ type: 'start', controlled: true }, { type: 'waiting' }, { type: 'dismiss' }, { type: 'waiting' }]);
    expect(effects).toEqual(['show', 'hide', 'show']);
  });

  it('never reloads the page unless the reader asked', () => {
    const events: NoticeEvent[] = [{ type: 'start', controlled: true }, { type: 'waiting' }, { type: 'dismiss' }, { type: 'controllerchange' }, { type: 'waiting' }, { type: 'controllerchange' }];
    expect(run(events).effects).not.toContain('reload');
  });
});

import { describe, expect, test } from 'vitest';
import { topicOptions } from '../../../../../src/browser/search/topic-options.ts';

const names = { robotics: 'Robotics', audio: 'Audio and speech', code: 'Code' };

describe('topicOptions', () => {
  test('lists topics with matches, most first, ties A–Z by name', () => {
    expect(topicOptions({ code: 2, robotics: 5, audio: 2 }, names, '')).toEqual([
      { id: 'robotics', name: 'Robotics', count: 5 },
      { id: 'audio', name: 'Audio and speech', count: 2 },
      { id: 'code', name: 'Code', count: 2 },
    ]);
  });
  test('keeps the selected topic at 0 so it can be seen and undone, and drops other empty topics', () => {
    expect(topicOptions({ code: 0, robotics: 1 }, names, 'audio')).toEqual([
      { id: 'robotics', name: 'Robotics', count: 1 },
      { id: 'audio', name: 'Audio and speech', count: 0 },
    ]);
  });
  test('falls back to the id for a topic without a name', () => {
    expect(topicOptions({ mystery: 1 }, names, '')).toEqual([{ id: 'mystery', name: 'mystery', count: 1 }]);
  });
});

// The presets a house-style file can extend. TypeScript objects (not JSON files) so they
// are bundled with the server and the CLI.

import type { HouseStyleFile, PresetName } from '../house-style';
import egyptianPress from './egyptian-press';
import panArab from './pan-arab';
import recommended from './recommended';
import strict from './strict';

export const PRESETS: Readonly<Record<PresetName, HouseStyleFile>> = {
  recommended,
  'egyptian-press': egyptianPress,
  'pan-arab': panArab,
  strict,
};

export function isPresetName(name: string): name is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, name);
}

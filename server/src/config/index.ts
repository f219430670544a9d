// Loading the house-style file. This first version only provides the defaults: the
// house-style issue replaces it with discovery, presets, extends, names files and
// validation, keeping the same signature.

import type { ConfigHost, LoadedConfig, LoadOptions } from './api';

export * from './api';

export function loadConfigFor(_documentPath: string | undefined, _opts: LoadOptions, _host: ConfigHost): LoadedConfig {
  return { config: { rules: {} }, files: [], problems: [], ignoreFiles: [], hiddenFindings: [] };
}

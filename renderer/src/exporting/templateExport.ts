/** The export the dialog shows: shared/cloudformation's template, text and problems. */
import { toJson, toTemplate, toYaml, type Template } from '../../../shared/cloudformation';
import type { Design } from '../../../shared/model';
import type { Catalog } from '../../../shared/service/types';
import type { Problem } from '../../../shared/validation/problem';
import type { TemplateFormat } from './exportStore';

export interface TemplateText {
  readonly template: Template;
  readonly text: string;
  readonly problems: readonly Problem[];
}

const cache = new WeakMap<Design, Map<TemplateFormat, TemplateText>>();

/** toTemplate + toYaml/toJson, cached per design and format. */
export function templateText(design: Design, catalog: Catalog, format: TemplateFormat): TemplateText {
  let byFormat = cache.get(design);
  if (!byFormat) {
    byFormat = new Map();
    cache.set(design, byFormat);
  }
  let result = byFormat.get(format);
  if (!result) {
    const { template, problems } = toTemplate(design, catalog);
    result = { template, problems, text: format === 'yaml' ? toYaml(template) : toJson(template) };
    byFormat.set(format, result);
  }
  return result;
}

export const templateFileFilters = {
  yaml: [{ name: 'CloudFormation YAML', extensions: ['yaml', 'yml'] }],
  json: [{ name: 'CloudFormation JSON', extensions: ['json'] }],
} as const;

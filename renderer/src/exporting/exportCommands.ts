/** File-menu commands for CloudFormation import/export, diagram and cost exports. */
import type { Command, CommandContext } from '../commands';
import { costReportFor } from '../cost/costReport';
import { localize } from '../cost/messages';
import { costCsv } from './costCsv';
import { renderDiagram, type DiagramFormat } from './diagram';
import { exportMessages } from './exportMessages';
import { exportDialogs } from './exportStore';
import { fileSlug } from '../model/fileSlug';
import { saveExport, type ExportFile } from './files';
import { importTemplate } from './importTemplate';

const hasNodes = (ctx: CommandContext): boolean => ctx.design.getState().design.nodes.length > 0;
const message = (
  ctx: CommandContext,
  key: keyof typeof exportMessages,
  params?: Record<string, string>,
): string => localize(ctx.ui.getState().lang, exportMessages, key, params);

async function save(ctx: CommandContext, file: ExportFile): Promise<void> {
  const result = await saveExport(file);
  if (!result.ok && !result.cancelled)
    ctx.ui
      .getState()
      .showToast('error', message(ctx, 'saveFailed', { message: result.message }), 'export-error');
  if (result.ok)
    ctx.ui.getState().showToast('info', message(ctx, 'saved', { name: result.value.name }), 'export-saved');
}

async function exportDiagram(ctx: CommandContext, format: DiagramFormat): Promise<void> {
  const rendered = await renderDiagram(format);
  if (!rendered.ok) {
    const text = rendered.message === 'empty' ? message(ctx, 'emptyDiagram') : rendered.message;
    ctx.ui.getState().showToast('error', message(ctx, 'diagramFailed', { message: text }), 'export-error');
    return;
  }
  const name = fileSlug(ctx.design.getState().design.name);
  await save(ctx, {
    suggestedName: `${name}.${format}`,
    filters: [{ name: format.toUpperCase(), extensions: [format] }],
    content: rendered.content,
    encoding: format === 'png' ? 'base64' : 'utf8',
    mime: format === 'png' ? 'image/png' : 'image/svg+xml',
  });
}

/** The commands the toolbar's export menu lists, in order. */
export const exportMenuItems = [
  'file.exportCloudFormationYaml',
  'file.exportCloudFormationJson',
  'file.exportPng',
  'file.exportSvg',
  'file.exportCostCsv',
] as const;

export const EXPORT_MENU_COMMAND = 'export.menu';

export const exportCommands: readonly Command[] = [
  {
    id: EXPORT_MENU_COMMAND,
    label: exportMessages.exportToolbar,
    glyph: '⤒',
    run: () => {
      const rect = document
        .querySelector(`[data-testid="cmd-${EXPORT_MENU_COMMAND}"]`)
        ?.getBoundingClientRect();
      const state = exportDialogs.getState();
      state.setMenuOpen(!state.menuOpen, rect ? { left: rect.left, top: rect.bottom + 4 } : undefined);
    },
  },
  {
    id: 'file.importCloudFormation',
    label: exportMessages.importCfn,
    glyph: '⤓',
    run: (ctx) => importTemplate(ctx),
  },
  {
    id: 'file.exportCloudFormationYaml',
    label: exportMessages.exportYaml,
    shortcuts: ['Mod+Shift+E'],
    run: () => exportDialogs.getState().openExport('yaml'),
  },
  {
    id: 'file.exportCloudFormationJson',
    label: exportMessages.exportJson,
    run: () => exportDialogs.getState().openExport('json'),
  },
  {
    id: 'file.exportPng',
    label: exportMessages.exportPng,
    enabled: hasNodes,
    run: (ctx) => exportDiagram(ctx, 'png'),
  },
  {
    id: 'file.exportSvg',
    label: exportMessages.exportSvg,
    enabled: hasNodes,
    run: (ctx) => exportDiagram(ctx, 'svg'),
  },
  {
    id: 'file.exportCostCsv',
    label: exportMessages.exportCsv,
    run: (ctx) => {
      const { design } = ctx.design.getState();
      return save(ctx, {
        suggestedName: `${fileSlug(design.name)}-cost.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        content: costCsv(costReportFor(design, ctx.catalog)),
        encoding: 'utf8',
        mime: 'text/csv',
      });
    },
  },
];

/**
 * Edit menu routing. Why not plain menu roles, and why not only renderer commands:
 * - Roles (`role: 'copy'`) call webContents.copy() etc.: right for a focused text field,
 *   useless for the canvas (copying selected nodes is an app command, not text).
 * - Sending every Edit command to the renderer would break native text editing: a page
 *   cannot reliably paste or undo text on its own (execCommand needs a user gesture and is
 *   deprecated), and on Windows/Linux a menu accelerator can win over the focused field.
 * So main asks the page whether an editable element has focus, and then either performs
 * the native editing action (text field) or sends the command to the renderer (canvas).
 * Keyboard shortcuts typed in a text field are normally consumed by the field before the
 * menu sees them; if one reaches the menu it lands here and still edits the field.
 */
import type { WebContents } from 'electron';
import type { MenuCommandId } from '../../shared/ipc';
import type { TextEditCommand } from './menu';

/** Runs in the page (main world, read-only): true when typing goes into a text control. */
export const FOCUSED_TEXT_FIELD_PROBE = `(() => {
  const el = document.activeElement;
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  return ['text', 'search', 'url', 'email', 'tel', 'password', 'number', ''].includes(el.type);
})()`;

type NativeEditing = Pick<WebContents, 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'delete' | 'selectAll'>;

export function runNativeEdit(contents: NativeEditing, command: TextEditCommand): void {
  const actions: Record<TextEditCommand, () => void> = {
    'edit.undo': () => contents.undo(),
    'edit.redo': () => contents.redo(),
    'edit.cut': () => contents.cut(),
    'edit.copy': () => contents.copy(),
    'edit.paste': () => contents.paste(),
    'edit.delete': () => contents.delete(),
    'edit.selectAll': () => contents.selectAll(),
  };
  actions[command]();
}

export async function routeEditCommand(
  contents: NativeEditing & Pick<WebContents, 'executeJavaScript'>,
  command: TextEditCommand,
  send: (command: MenuCommandId) => void,
): Promise<void> {
  let textFieldFocused = false;
  try {
    textFieldFocused = (await contents.executeJavaScript(FOCUSED_TEXT_FIELD_PROBE)) === true;
  } catch {
    // Page not ready (loading, crashed): let the renderer decide when it can.
  }
  if (textFieldFocused) runNativeEdit(contents, command);
  else send(command);
}

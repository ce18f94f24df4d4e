/** A short message at the bottom of the page (outcome of a shortcut or menu action), in a shadow root. */
export function showToast(doc: Document, message: string): void {
  const host = doc.createElement('policy-clipper-toast');
  host.setAttribute('data-pc-ui', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = message;
  box.style.cssText =
    'position:fixed;z-index:2147483647;left:50%;bottom:24px;transform:translateX(-50%);max-width:420px;' +
    'padding:8px 14px;border-radius:6px;background:#1f2328;color:#fff;' +
    "font:13px/1.5 system-ui,'PingFang SC','Microsoft YaHei',sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.25)";
  shadow.appendChild(box);
  doc.documentElement.appendChild(host);
  setTimeout(() => host.remove(), 3500);
}

// The public gallery: searches the recognised models and pages through them with the API's cursor.
'use strict';
const FIELDS = {ECONOMY: 'Kinh tế', CULTURE_SOCIETY: 'Văn hóa - xã hội', DEFENSE_SECURITY: 'Quốc phòng - an ninh',
  POLITICAL_SYSTEM: 'Xây dựng hệ thống chính trị'};
const LEVELS = {BASE: 'cơ sở', BLOC: 'khối', PROVINCE: 'tỉnh'};
const list = document.getElementById('models');
const more = document.getElementById('more');
const status = document.getElementById('status');
let next = null;

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function show(model) {
  const article = document.createElement('article');
  article.dataset.modelId = model.modelId;
  article.append(text('h2', model.title));
  const decision = model.decisionNumber
    ? ` · Quyết định số ${model.decisionNumber} ngày ${new Date(model.decisionIssuedOn).toLocaleDateString('vi-VN')}` : '';
  article.append(text('p', `${model.unitName} · ${FIELDS[model.field] || model.field} · Công nhận cấp `
    + `${LEVELS[model.level]}${decision}`, 'meta'));
  if (model.summary) article.append(text('p', model.summary));
  list.append(article);
}

async function load(reset) {
  const parameters = new URLSearchParams(new FormData(document.getElementById('search')));
  for (const [key, value] of [...parameters]) if (!value) parameters.delete(key);
  if (!reset && next) parameters.set('cursor', next);
  const response = await fetch('/api/v1/gallery?' + parameters);
  if (!response.ok) { status.textContent = 'Không tải được danh sách (' + response.status + ')'; return; }
  const page = await response.json();
  if (reset) list.replaceChildren();
  page.items.forEach(show);
  next = page.nextCursor;
  more.hidden = !next;
  status.textContent = list.children.length ? `${list.children.length} mô hình` : 'Không có mô hình nào phù hợp';
}

document.getElementById('search').addEventListener('submit', event => { event.preventDefault(); load(true); });
more.addEventListener('click', () => load(false));
load(true);

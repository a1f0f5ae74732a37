// The printable report: the review's charts (SVG, sharp on paper) and its tables with their totals.
'use strict';

document.getElementById('print').addEventListener('click', () => window.print());

const tables = document.getElementById('tables');

function cell(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = typeof content === 'number' ? DVK.number.format(content) : (content ?? '');
  if (className) element.className = className;
  return element;
}

/** A table with a heading row, one row per entry and, when asked, a total row that adds each number column. */
function table(title, headings, rows, totalled) {
  tables.append(cell('h2', title));
  const element = document.createElement('table');
  const head = element.insertRow();
  headings.forEach((heading, i) => head.append(cell('th', heading, i ? 'n' : '')));
  const all = totalled ? [...rows, ['Tổng cộng', ...headings.slice(1).map((h, i) =>
    rows.reduce((sum, row) => sum + (row[i + 1] || 0), 0))]] : rows;
  all.forEach((row, r) => {
    const line = element.insertRow();
    if (totalled && r === rows.length) line.className = 'total';
    row.forEach((value, i) => line.append(cell('td', value, i ? 'n' : '')));
  });
  tables.append(element);
}

function funnelRow(label, funnel) {
  return [label, ...DVK.STAGES.map(([key]) => funnel[key])];
}

function show(review) {
  document.getElementById('scope').textContent = 'Tổ chức: ' + review.organisationName
    + (review.campaignId ? ' · Đợt phát động: ' + review.campaignId : '')
    + (review.movement ? ' · Phong trào: ' + review.movement : '') + (review.from ? ' · Từ ngày ' + DVK.formatDate(review.from) : '')
    + (review.asOf ? ' · Số liệu đến hết ngày ' + DVK.formatDate(review.asOf)
      : ' · Số liệu đến ' + new Date().toLocaleString('vi-VN'));
  DVK.charts.funnel(document.getElementById('funnel-chart'), review.funnel, 'svg');
  DVK.charts.breakdown(document.getElementById('fields-chart'), review.fields, 'svg');
  DVK.charts.organisations(document.getElementById('organisations-chart'), review.organisations, 'svg');
  DVK.charts.timeline(document.getElementById('timeline-chart'), review.timeline, 'svg');
  const stages = ['', ...DVK.STAGES.map(([, label]) => label)];
  table('Tổng hợp', ['Chỉ tiêu', 'Số lượng'], DVK.STAGES.map(([key, label]) => [label, review.funnel[key]]));
  table('Theo lĩnh vực', ['Lĩnh vực', ...stages.slice(1)], review.fields.map(e => funnelRow(e.label, e.funnel)),
    true);
  table('Theo loại hình', ['Loại hình', ...stages.slice(1)], review.kinds.map(e => funnelRow(e.label, e.funnel)),
    true);
  table('Theo tổ chức trực thuộc', ['Tổ chức', 'Xếp hạng', 'Đăng ký', 'Công nhận cấp cơ sở', 'Công nhận cấp khối',
    'Công nhận cấp tỉnh', 'Khen thưởng'], review.organisations.map(o => [o.name, o.rank, o.funnel.submitted,
    o.funnel.recognizedAtBase, o.funnel.recognizedAtBloc, o.funnel.recognizedAtProvince, o.commendations]));
  table('Hồ sơ chờ xét', ['Cấp xét', 'Đang chờ', 'Quá hạn', 'Đến 7 ngày', '8-30 ngày', 'Trên 30 ngày'],
    review.backlog.map(b => [{BASE: 'Cấp cơ sở', BLOC: 'Cấp khối', PROVINCE: 'Cấp tỉnh'}[b.level], b.waiting,
      b.overdue, b.waitingUpTo7Days, b.waiting8To30Days, b.waitingOver30Days]), true);
  table('Diễn biến theo tháng', ['Tháng', 'Đăng ký', 'Công nhận', 'Quyết định'], review.timeline.map(m =>
    [m.month.slice(5) + '/' + m.month.slice(0, 4), m.registered, m.recognized, m.decisions]), true);
  document.body.dataset.ready = 'true';
}

DVK.get('/api/v1/reports/review', DVK.parametersOfPage())
  .then(response => response.json()).then(show)
  .catch(e => { document.getElementById('status').textContent = e.message; });

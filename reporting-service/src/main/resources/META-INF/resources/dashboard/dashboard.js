// The dashboard: the filters, the figures as cards and charts, kept up to date from the review stream.
'use strict';
const form = document.getElementById('filters');
const status = document.getElementById('status');
let stop = null;
let received = 0;

function parameters() {
  return Object.fromEntries(new FormData(form));
}

function show(review) {
  received += 1;
  document.body.dataset.reviews = String(received);
  document.getElementById('scope').textContent = review.organisationName + ' · '
    + [review.campaignId, review.movement].filter(Boolean).join(' · ')
    + (review.from ? ' · từ ' + DVK.formatDate(review.from) : '')
    + (review.asOf ? ' · đến hết ngày ' + DVK.formatDate(review.asOf) : ' · số liệu trực tiếp');
  for (const key of ['submitted', 'recognizedAtBase', 'recognizedAtBloc', 'recognizedAtProvince']) {
    document.getElementById(key).textContent = DVK.number.format(review.funnel[key]);
  }
  document.getElementById('waiting').textContent = DVK.number.format(review.funnel.inReviewAtBase
    + review.funnel.inReviewAtBloc + review.funnel.inReviewAtProvince);
  document.getElementById('commendations').textContent = DVK.number.format(
    review.commendations.reduce((sum, c) => sum + c.count, 0));
  DVK.charts.funnel(document.getElementById('funnel-chart'), review.funnel);
  DVK.charts.breakdown(document.getElementById('fields-chart'), review.fields);
  DVK.charts.organisations(document.getElementById('organisations-chart'), review.organisations);
  DVK.charts.timeline(document.getElementById('timeline-chart'), review.timeline);
  status.textContent = 'Cập nhật lúc ' + new Date().toLocaleTimeString('vi-VN');
}

function watch() {
  if (stop) stop();
  const chosen = parameters();
  history.replaceState(null, '', '?' + DVK.query(chosen));
  if (!chosen.campaignId && !chosen.movement) { status.textContent = 'Chọn đợt phát động hoặc phong trào'; return; }
  status.textContent = 'Đang tải…';
  stop = DVK.stream('/api/v1/reports/review/stream', chosen, (name, data) => {
    if (name === 'review') show(JSON.parse(data));
  }, message => { status.textContent = message; });
}

for (const [key, value] of Object.entries(DVK.parametersOfPage())) form.elements[key].value = value;
form.addEventListener('submit', event => { event.preventDefault(); watch(); });
document.getElementById('print').addEventListener('click', () =>
  window.open('print.html?' + DVK.query(parameters()), '_blank'));
for (const format of ['xlsx', 'csv']) {
  document.getElementById(format).addEventListener('click', () =>
    DVK.download('/api/v1/reports/review/' + format, parameters()).catch(e => { status.textContent = e.message; }));
}
window.addEventListener('resize', () => document.querySelectorAll('.chart')
  .forEach(element => echarts.getInstanceByDom(element)?.resize()));
watch();

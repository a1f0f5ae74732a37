// What the leaders' pages share: signing in (authorization code with PKCE against the province's Keycloak), calls
// to the reporting API with the token, the live stream of figures, downloads, and the charts (Apache ECharts).
'use strict';

const DVK = (() => {
  // Only the sign-in's one-time PKCE verifier and state go to sessionStorage, across the round trip to Keycloak:
  // useless without the code Keycloak hands this page once. The access token itself stays in this closure, where
  // no other script (an injected one, a browser extension reading storage) finds it, and goes with the page: the
  // next page (the printable report, a reload) signs in again, which Keycloak's session cookie makes silent.
  const PKCE = 'dvk.pkce';
  let accessToken = null;

  /**
   * The page's language (its html lang), which the APIs answer problems in: the browser's own preference may be
   * another (headless Chromium asks for en-US), and the page would show an English refusal among Vietnamese text.
   */
  const LANGUAGE = document.documentElement.lang || 'vi';

  const STAGES = [
    ['submitted', 'Đăng ký'], ['recognizedAtBase', 'Công nhận cấp cơ sở'], ['recognizedAtBloc', 'Công nhận cấp khối'],
    ['recognizedAtProvince', 'Công nhận cấp tỉnh'], ['inReviewAtBase', 'Đang xét cấp cơ sở'],
    ['inReviewAtBloc', 'Đang xét cấp khối'], ['inReviewAtProvince', 'Đang xét cấp tỉnh'],
    ['returned', 'Trả lại để bổ sung'], ['declined', 'Không công nhận'], ['revoked', 'Bị thu hồi công nhận'],
    ['withdrawn', 'Đã rút']];
  const COLOURS = ['#a50e0e', '#d4a017', '#2e7d32', '#1565c0', '#6a1b9a', '#00838f'];

  function base64url(bytes) {
    return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_')
      .replace(/=+$/, '');
  }

  function tokenStillValid(token) {
    try {
      const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return claims.exp * 1000 > Date.now() + 30000;
    } catch (e) {
      return false;
    }
  }

  async function discovery() {
    const settings = await (await fetch('/dashboard/settings.json')).json();
    const issuer = settings.issuer.replace(/\/$/, '');
    return {settings, provider: await (await fetch(issuer + '/.well-known/openid-configuration')).json()};
  }

  /** The page's address without what Keycloak adds when it sends the browser back. */
  function withoutSignInParameters(address) {
    const url = new URL(address);
    for (const name of ['code', 'state', 'session_state', 'iss', 'error', 'error_description']) {
      url.searchParams.delete(name);
    }
    return url.toString();
  }

  let signingIn = null;
  // where the browser arrived, read before the page rewrites its address with its filters: Keycloak's code is here
  let arrival = new URL(location.href);

  /**
   * The access token: the one this page holds, else from the code Keycloak sent back, else a sign-in. Callers
   * at once (the stream, a download) share one sign-in: a second would start another and spoil the first's code.
   */
  function token() {
    if (accessToken && tokenStillValid(accessToken)) return Promise.resolve(accessToken);
    if (!signingIn) signingIn = signIn().finally(() => { signingIn = null; });
    return signingIn;
  }

  async function signIn() {
    const here = arrival;
    arrival = new URL(withoutSignInParameters(location.href)); // a code is good once
    const pending = JSON.parse(sessionStorage.getItem(PKCE) || 'null');
    if (here.searchParams.has('code') && pending && here.searchParams.get('state') === pending.state) {
      sessionStorage.removeItem(PKCE);
      history.replaceState(null, '', pending.redirect);
      const {settings, provider} = await discovery();
      const response = await fetch(provider.token_endpoint, {method: 'POST', body: new URLSearchParams({
        grant_type: 'authorization_code', client_id: settings.clientId, code: here.searchParams.get('code'),
        redirect_uri: pending.redirect, code_verifier: pending.verifier})});
      if (!response.ok) {
        const refusal = await response.text();
        console.error('The sign-in code was refused', response.status, refusal);
        throw new Error('Đăng nhập không thành công (' + response.status + ')');
      }
      accessToken = (await response.json()).access_token;
      return accessToken;
    }
    const {settings, provider} = await discovery();
    const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
    const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
    const redirect = withoutSignInParameters(location.href);
    sessionStorage.setItem(PKCE, JSON.stringify({verifier, state, redirect}));
    location.assign(provider.authorization_endpoint + '?' + new URLSearchParams({response_type: 'code',
      client_id: settings.clientId, redirect_uri: redirect, scope: 'openid', state,
      code_challenge: challenge, code_challenge_method: 'S256'}));
    return new Promise(() => {}); // the page is leaving
  }

  function query(parameters) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(parameters)) if (value) search.set(key, value);
    return search.toString();
  }

  /** A problem+json's title and the first invalid parameter, for the page's status line. */
  async function problem(response) {
    try {
      const body = await response.json();
      const first = (body.errors || [])[0];
      return (body.title || response.status) + (first ? ': ' + (first.field || first.parameter || '') + ' '
        + (first.message || '') : '');
    } catch (e) {
      return String(response.status);
    }
  }

  async function get(path, parameters) {
    const response = await fetch(path + '?' + query(parameters),
      {headers: {Authorization: 'Bearer ' + await token(), 'Accept-Language': LANGUAGE}});
    if (response.status === 401) {
      accessToken = null;
      return get(path, parameters);
    }
    if (!response.ok) throw new Error(await problem(response));
    return response;
  }

  /**
   * Follows a server-sent-event stream read with fetch (EventSource cannot send the token), calling onEvent with
   * each event's name and data; reconnects after a pause when the stream ends. Returns a function that stops it.
   */
  function stream(path, parameters, onEvent, onError) {
    const controller = new AbortController();
    (async function follow() {
      while (!controller.signal.aborted) {
        try {
          const response = await fetch(path + '?' + query(parameters), {signal: controller.signal,
            headers: {Authorization: 'Bearer ' + await token(), Accept: 'text/event-stream',
              'Accept-Language': LANGUAGE}});
          if (response.status === 401) { accessToken = null; continue; }
          if (!response.ok) { onError(await problem(response)); return; }
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const {value, done} = await reader.read();
            if (done) break;
            buffer += value;
            let end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              let name = 'message';
              const data = [];
              for (const line of block.split('\n')) {
                if (line.startsWith('event:')) name = line.slice(6).trim();
                else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
              }
              if (data.length) onEvent(name, data.join('\n'));
            }
          }
        } catch (e) {
          if (controller.signal.aborted) return;
          console.error('The figures stream stopped', e);
          onError(e.message && e.message.startsWith('Đăng nhập') ? e.message : 'Mất kết nối, đang kết nối lại…');
        }
        await new Promise(resolve => setTimeout(resolve, 3000));
      }
    })();
    return () => controller.abort();
  }

  async function download(path, parameters) {
    const response = await get(path, parameters);
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = name ? name[1] : 'bao-cao';
    link.click();
    URL.revokeObjectURL(link.href);
  }

  // Tooltips drawn by the chart itself rather than as HTML: ECharts' HTML tooltips carry inline style attributes,
  // which the pages' Content-Security-Policy refuses, and their text never passes through innerHTML.
  const TOOLTIP = {renderMode: 'richText'};
  const AXIS_TOOLTIP = {renderMode: 'richText', trigger: 'axis'};

  function chart(element, renderer) {
    return echarts.getInstanceByDom(element) || echarts.init(element, null, {renderer: renderer || 'canvas'});
  }

  const charts = {
    funnel(element, funnel, renderer) {
      const stages = STAGES.slice(0, 4);
      chart(element, renderer).setOption({
        color: COLOURS, animation: false, tooltip: TOOLTIP,
        grid: {left: 150, right: 40, top: 10, bottom: 20},
        xAxis: {type: 'value', minInterval: 1},
        yAxis: {type: 'category', inverse: true, data: stages.map(s => s[1])},
        series: [{type: 'bar', data: stages.map(s => funnel[s[0]]), label: {show: true, position: 'right'}}]});
    },
    breakdown(element, entries, renderer) {
      chart(element, renderer).setOption({
        color: COLOURS, animation: false, tooltip: AXIS_TOOLTIP, legend: {bottom: 0},
        grid: {left: 50, right: 20, top: 10, bottom: 60},
        xAxis: {type: 'category', data: entries.map(e => e.label), axisLabel: {interval: 0, width: 110,
          overflow: 'break'}},
        yAxis: {type: 'value', minInterval: 1},
        series: STAGES.slice(0, 4).map(([key, name]) => ({type: 'bar', name,
          data: entries.map(e => e.funnel[key])}))});
    },
    organisations(element, organisations, renderer) {
      chart(element, renderer).setOption({
        color: COLOURS, animation: false, tooltip: AXIS_TOOLTIP, legend: {bottom: 0},
        grid: {left: 50, right: 20, top: 10, bottom: 90},
        xAxis: {type: 'category', data: organisations.map(o => o.name), axisLabel: {interval: 0, rotate: 20}},
        yAxis: {type: 'value', minInterval: 1},
        series: [['submitted', 'Đăng ký'], ['recognizedAtBase', 'Công nhận (các cấp)'],
          ['commendations', 'Khen thưởng']].map(([key, name]) => ({type: 'bar', name,
          data: organisations.map(o => key === 'commendations' ? o.commendations : o.funnel[key])}))});
    },
    timeline(element, months, renderer) {
      chart(element, renderer).setOption({
        color: COLOURS, animation: false, tooltip: AXIS_TOOLTIP, legend: {bottom: 0},
        grid: {left: 50, right: 20, top: 10, bottom: 50},
        xAxis: {type: 'category', data: months.map(m => m.month.slice(5) + '/' + m.month.slice(0, 4))},
        yAxis: {type: 'value', minInterval: 1},
        series: [['registered', 'Đăng ký'], ['recognized', 'Công nhận'], ['decisions', 'Quyết định']]
          .map(([key, name]) => ({type: 'line', name, data: months.map(m => m[key])}))});
    }
  };

  /** The page's own parameters (campaign, organisation, period) from its address. */
  function parametersOfPage() {
    const search = new URLSearchParams(location.search);
    const parameters = {};
    for (const key of ['campaignId', 'movement', 'organisationId', 'from', 'asOf', 'period']) {
      parameters[key] = search.get(key) || '';
    }
    return parameters;
  }

  const number = new Intl.NumberFormat('vi-VN');
  function formatDate(day) {
    return day ? day.split('-').reverse().join('/') : '';
  }

  return {STAGES, token, get, stream, download, charts, query, parametersOfPage, number, formatDate};
})();

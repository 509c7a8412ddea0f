/*
 * <allyway-chart>: an Apache ECharts chart fed from the server (the Java side is com.allyway.shared.ui.Chart).
 *
 * Plain JavaScript on purpose: the build copies this file to the static resources and the page loads it next to
 * ECharts from its WebJar, so neither dev mode nor the production build needs a frontend bundle rebuild (npm).
 *
 * The server sets the `option` property (an ECharts option object). The chart follows the page's colour scheme
 * (Vaadin's light/dark switch or the operating system) and its own size. Tooltips are drawn as rich text on the
 * chart, never as HTML, so names typed by people cannot inject markup.
 */
(() => {
  if (customElements.get('allyway-chart')) {
    return;
  }

  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

  function pageIsDark() {
    const root = document.documentElement;
    if ((root.getAttribute('theme') || '').split(' ').includes('dark')) {
      return true;
    }
    const scheme = getComputedStyle(root).colorScheme || '';
    if (scheme.trim() === 'dark') {
      return true;
    }
    return scheme.includes('dark') && scheme.includes('light') && darkQuery.matches;
  }

  class AllywayChart extends HTMLElement {
    set option(value) {
      this._option = value;
      this._render(false);
    }

    get option() {
      return this._option;
    }

    connectedCallback() {
      this._onSchemeChange = () => this._render(true);
      this._sizeWatch = new ResizeObserver(() => this._chart && this._chart.resize());
      this._sizeWatch.observe(this);
      this._schemeWatch = new MutationObserver(this._onSchemeChange);
      this._schemeWatch.observe(document.documentElement, {attributes: true, attributeFilter: ['theme', 'style']});
      darkQuery.addEventListener('change', this._onSchemeChange);
      this._render(true);
    }

    disconnectedCallback() {
      this._sizeWatch.disconnect();
      this._schemeWatch.disconnect();
      darkQuery.removeEventListener('change', this._onSchemeChange);
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    _render(schemeMayHaveChanged) {
      if (!this.isConnected || !this._option) {
        return;
      }
      if (!window.echarts) {
        // ECharts is a classic script loaded next to this one; wait for it rather than fail.
        requestAnimationFrame(() => this._render(schemeMayHaveChanged));
        return;
      }
      const dark = pageIsDark();
      if (this._chart && dark !== this._dark) {
        this._chart.dispose();
        this._chart = null;
      }
      if (!this._chart) {
        this._chart = window.echarts.init(this, dark ? 'dark' : null, {renderer: 'svg'});
        this._dark = dark;
      }
      const option = Object.assign({}, this._option, {
        backgroundColor: 'transparent',
        animation: false,
        tooltip: Object.assign({renderMode: 'richText', confine: true}, this._option.tooltip || {})
      });
      this._chart.setOption(option, true);
      this.setAttribute('data-rendered', 'true');
    }
  }

  customElements.define('allyway-chart', AllywayChart);
})();

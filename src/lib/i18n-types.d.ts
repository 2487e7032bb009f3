// Types i18n keys from the English files, for the screens and the report alike: a missing or
// misspelled key fails the type check.
import 'i18next';
import type alerts from '../../locales/en/alerts.json';
import type benchmark from '../../locales/en/benchmark.json';
import type clientCheck from '../../locales/en/client-check.json';
import type common from '../../locales/en/common.json';
import type compare from '../../locales/en/compare.json';
import type contribution from '../../locales/en/contribution.json';
import type cycles from '../../locales/en/cycles.json';
import type exportReport from '../../locales/en/export.json';
import type history from '../../locales/en/history.json';
import type home from '../../locales/en/home.json';
import type profile from '../../locales/en/profile.json';
import type questionnaire from '../../locales/en/questionnaire.json';
import type report from '../../locales/en/report.json';
import type results from '../../locales/en/results.json';
import type roadmap from '../../locales/en/roadmap.json';
import type sections from '../../locales/en/sections.json';
import type sector from '../../locales/en/sector.json';
import type settings from '../../locales/en/settings.json';
import type transfer from '../../locales/en/transfer.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      alerts: typeof alerts;
      benchmark: typeof benchmark;
      'client-check': typeof clientCheck;
      common: typeof common;
      compare: typeof compare;
      contribution: typeof contribution;
      cycles: typeof cycles;
      export: typeof exportReport;
      history: typeof history;
      home: typeof home;
      profile: typeof profile;
      questionnaire: typeof questionnaire;
      report: typeof report;
      results: typeof results;
      roadmap: typeof roadmap;
      sections: typeof sections;
      sector: typeof sector;
      settings: typeof settings;
      transfer: typeof transfer;
    };
  }
}

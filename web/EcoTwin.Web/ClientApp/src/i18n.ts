// UI text: Chinese by default, English on switch; the choice is kept in localStorage.

export type Lang = 'zh' | 'en';

const zh = {
  title: '生态环境数字孪生指挥中心',
  cityAqi: '城市AQI',
  online: '在线', offline: '离线', exceeding: '超标', openAlarms: '未关闭告警',
  nav_map: '地图', nav_table: '列表', nav_flow: '流程',
  conn_connected: '实时', conn_connecting: '连接中', conn_reconnecting: '重连中', conn_disconnected: '已断开',
  kind_station: '监测站', kind_source: '排放口', kind_enterprise: '企业', kind_district: '区县', kind_city: '城市',
  status_normal: '正常', status_exceeding: '超标', status_offline: '离线', status_fault: '故障', status_maintenance: '维护',
  level_1: '优', level_2: '良', level_3: '轻度污染', level_4: '中度污染', level_5: '重度污染', level_6: '严重污染', level_none: '无数据',
  filter_kind: '类型', filter_district: '区县', filter_status: '状态', all: '全部',
  search: '搜索名称或编码…', noResults: '无匹配',
  legend_stations: '监测站 (AQI)', legend_sources: '排放口 (状态)', legend_districts: '区县 (AQI)',
  col_kind: '类型', col_name: '名称', col_key: '编码', col_district: '区县', col_status: '状态', col_aqi: 'AQI',
  col_primary: '首要污染物', col_alarms: '告警', col_heard: '最后上报', col_parent: '所属企业',
  exportCsv: '导出CSV', rows: '行', filterText: '筛选名称/编码…',
  panel_live: '实时数据', panel_trend: '24小时趋势', panel_alarms: '当前告警', panel_profile: '一源一档', panel_close: '关闭',
  factor: '因子', latest: '最新值', lastHour: '上一小时', limit: '限值', at: '时间', noData: '暂无数据', loading: '加载中…',
  flow_raised: '已发起', flow_dispatched: '已派发', flow_handling: '处置中', flow_review: '待审核', flow_closed: '已办结',
  flow_hint: '告警自动生成案件；在卡片上派发、接收、提交、审核与办结，所有人实时可见。',
  cause: '原因', raisedAt: '发起时间', detail: '详情',
  cause_offline: '设备离线', cause_exceeding: '超标排放', cause_fault: '设备故障', cause_quality: '数据质量',
  profile_enterprise: '企业一企一档', profile_source: '排放口一源一档',
  masterData: '基本信息', versionHistory: '版本历史', outlets: '排放口', trends: '趋势', alarms: '告警记录',
  timeline: '业务记录时间轴', timelineEmpty: '暂无业务记录。',
  notAvailable: '主数据暂不可用（接口建设中）。', notFound: '未找到该对象。', print: '打印',
  creditCode: '统一社会信用代码', mn: '设备编号 (MN)', medium: '介质', medium_water: '废水', medium_gas: '废气',
  location: '位置', industry: '行业', address: '地址', version: '版本', changedAt: '变更时间', changedBy: '变更人',
  cleared: '已消除', open: '未消除', hourlyAqi: '小时AQI', enterprise: '所属企业',
  stage: '审核状态', stage_pending: '待审核', stage_approved: '已审核', stage_distributed: '已分发',
  legalRepresentative: '法定代表人', contact: '联系方式',
  event_created: '创建', event_updated: '变更', event_approved: '审核通过', event_distributed: '分发',
  industry_chemicals: '化工', 'industry_thermal-power': '热电', 'industry_printing-dyeing': '印染', industry_electroplating: '电镀',
  industry_steel: '钢铁', industry_pharmaceuticals: '制药', industry_paper: '造纸', 'industry_sewage-treatment': '污水处理',
  industry_food: '食品加工', industry_cement: '水泥', industry_machinery: '机械制造',
  login_name: '用户名', login_password: '密码', login_submit: '登录', logout: '退出',
  case_action_dispatch: '派发', case_action_accept: '接收', case_action_note: '备注', case_action_attach: '附件', case_action_submit: '提交审核',
  case_action_approve: '审核通过并办结', case_action_sendBack: '退回', case_action_reopen: '重新打开',
  case_field_assignee: '派发给（人员或 team:区县代码）', case_field_deadline: '办理期限', case_field_text: '说明', case_field_reason: '理由', case_field_file: '文件（图片、PDF、文档，≤10 MB）', case_noFile: '请选择文件',
  cancel: '取消', openCases: '未办结案件', deadline: '期限',
  record_case: '案件', record_permit: '排污许可', record_eia: '环评批复', record_inspection: '现场检查', record_complaint: '信访投诉',
  record_penalty: '行政处罚', 'record_hazardous-waste': '危险废物', 'record_emergency-plan': '应急预案',
  'record_credit-rating': '信用评价', 'record_cleaner-production': '清洁生产审核', documentNo: '文号', enteredBy: '录入人',
  lang: 'EN',
};

export type TextKey = keyof typeof zh;

const en: Record<TextKey, string> = {
  title: 'Eco-Environment Digital Twin Command Centre',
  cityAqi: 'City AQI',
  online: 'Online', offline: 'Offline', exceeding: 'Exceeding', openAlarms: 'Open alarms',
  nav_map: 'Map', nav_table: 'Table', nav_flow: 'Flow',
  conn_connected: 'Live', conn_connecting: 'Connecting', conn_reconnecting: 'Reconnecting', conn_disconnected: 'Disconnected',
  kind_station: 'Station', kind_source: 'Outlet', kind_enterprise: 'Enterprise', kind_district: 'District', kind_city: 'City',
  status_normal: 'Normal', status_exceeding: 'Exceeding', status_offline: 'Offline', status_fault: 'Fault', status_maintenance: 'Maintenance',
  level_1: 'Excellent', level_2: 'Good', level_3: 'Light', level_4: 'Moderate', level_5: 'Heavy', level_6: 'Severe', level_none: 'No data',
  filter_kind: 'Kind', filter_district: 'District', filter_status: 'Status', all: 'All',
  search: 'Search name or code…', noResults: 'No match',
  legend_stations: 'Stations (AQI)', legend_sources: 'Outlets (status)', legend_districts: 'Districts (AQI)',
  col_kind: 'Kind', col_name: 'Name', col_key: 'Code', col_district: 'District', col_status: 'Status', col_aqi: 'AQI',
  col_primary: 'Primary', col_alarms: 'Alarms', col_heard: 'Last heard', col_parent: 'Enterprise',
  exportCsv: 'Export CSV', rows: 'rows', filterText: 'Filter name/code…',
  panel_live: 'Live values', panel_trend: '24 h trend', panel_alarms: 'Open alarms', panel_profile: 'Profile', panel_close: 'Close',
  factor: 'Factor', latest: 'Latest', lastHour: 'Last hour', limit: 'Limit', at: 'Time', noData: 'No data', loading: 'Loading…',
  flow_raised: 'Raised', flow_dispatched: 'Dispatched', flow_handling: 'Handling', flow_review: 'Review', flow_closed: 'Closed',
  flow_hint: 'Alarms open cases by themselves; dispatch, accept, submit, review and close them on the cards, live for everyone.',
  cause: 'Cause', raisedAt: 'Raised at', detail: 'Detail',
  cause_offline: 'Device offline', cause_exceeding: 'Exceedance', cause_fault: 'Device fault', cause_quality: 'Data quality',
  profile_enterprise: 'Enterprise profile', profile_source: 'Outlet profile',
  masterData: 'Master data', versionHistory: 'Version history', outlets: 'Outlets', trends: 'Trends', alarms: 'Alarms',
  timeline: 'Business records', timelineEmpty: 'No business records.',
  notAvailable: 'Master data not available yet (API being built).', notFound: 'Not found.', print: 'Print',
  creditCode: 'Credit code', mn: 'Device MN', medium: 'Medium', medium_water: 'Wastewater', medium_gas: 'Flue gas',
  location: 'Location', industry: 'Industry', address: 'Address', version: 'Version', changedAt: 'Changed at', changedBy: 'Changed by',
  cleared: 'Cleared', open: 'Open', hourlyAqi: 'Hourly AQI', enterprise: 'Enterprise',
  stage: 'Stage', stage_pending: 'Pending', stage_approved: 'Approved', stage_distributed: 'Distributed',
  legalRepresentative: 'Legal representative', contact: 'Contact',
  event_created: 'created', event_updated: 'updated', event_approved: 'approved', event_distributed: 'distributed',
  industry_chemicals: 'Chemicals', 'industry_thermal-power': 'Thermal power', 'industry_printing-dyeing': 'Printing and dyeing', industry_electroplating: 'Electroplating',
  industry_steel: 'Iron and steel', industry_pharmaceuticals: 'Pharmaceuticals', industry_paper: 'Pulp and paper', 'industry_sewage-treatment': 'Sewage treatment',
  industry_food: 'Food processing', industry_cement: 'Cement', industry_machinery: 'Machinery',
  login_name: 'User name', login_password: 'Password', login_submit: 'Sign in', logout: 'Sign out',
  case_action_dispatch: 'Dispatch', case_action_accept: 'Accept', case_action_note: 'Note', case_action_attach: 'Attach', case_action_submit: 'Submit',
  case_action_approve: 'Approve and close', case_action_sendBack: 'Send back', case_action_reopen: 'Reopen',
  case_field_assignee: 'To (officer or team:district code)', case_field_deadline: 'Deadline', case_field_text: 'Text', case_field_reason: 'Reason', case_field_file: 'File (image, PDF, document, ≤ 10 MB)', case_noFile: 'Choose a file',
  cancel: 'Cancel', openCases: 'Open cases', deadline: 'Due',
  record_case: 'Case', record_permit: 'Discharge permit', record_eia: 'EIA approval', record_inspection: 'Inspection', record_complaint: 'Complaint',
  record_penalty: 'Penalty', 'record_hazardous-waste': 'Hazardous waste', 'record_emergency-plan': 'Emergency plan',
  'record_credit-rating': 'Credit rating', 'record_cleaner-production': 'Cleaner production audit', documentNo: 'Document no.', enteredBy: 'Entered by',
  lang: '中文',
};

const dictionaries: Record<Lang, Record<TextKey, string>> = { zh, en };
const storageKey = 'ecotwin.lang';
const listeners = new Set<() => void>();

function initial(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let current: Lang = initial();

export function lang(): Lang {
  return current;
}

export function t(key: TextKey): string {
  return dictionaries[current][key];
}

/** Text for a key built at run time (status_x, kind_x, cause_x); falls back to the raw word. */
export function tx(prefix: string, word: string | null | undefined): string {
  if (word === null || word === undefined) return '';
  const key = `${prefix}_${word}` as TextKey;
  return dictionaries[current][key] ?? word;
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // private mode: the switch still works for this page
  }
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  for (const listener of listeners) listener();
}

export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';

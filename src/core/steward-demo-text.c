/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-demo"

#include "config.h"

#include "steward-demo-private.h"

/* The words of the demo: what clients ask for, what managers note, what clients complain about.
 * They are sample content, like a sample document, not interface text, so they are not
 * translated: a Chinese client writes Chinese, a foreign one mostly English. */

static const char *const cn_titles[6][5] = {
  { "系统架构评审咨询", "性能瓶颈诊断", "数据库选型建议", "升级方案一对一指导", "故障根因分析" },
  { "Windows 打印机驱动故障", "macOS 邮件客户端无法同步", "Linux 服务器磁盘告警处理",
    "VPN 客户端连接失败", "办公软件批量安装" },
  { "CRM 系统标准模板配置", "审批流程个性化配置", "ERP 权限体系调整", "门户首页定制", "报表权限配置" },
  { "新员工系统操作培训", "数据分析实操培训", "管理员运维培训", "安全意识专项培训", "财务模块培训" },
  { "销售日报定制", "月度经营分析报表", "库存周报", "客户回款报表", "人力成本季度报表" },
  { "销售数据看板", "区域业绩地图", "生产指标大屏", "客服满意度图表", "交互式财务看板" },
};

static const char *const latin_titles[6][5] = {
  { "Architecture review", "Performance diagnosis", "Database selection advice",
    "Upgrade planning session", "Root-cause analysis" },
  { "Printer driver failure on Windows", "Mail sync broken on macOS", "Disk alert on a Linux server",
    "VPN client cannot connect", "Office suite roll-out" },
  { "CRM standard template set-up", "Custom approval workflow", "ERP role model changes",
    "Portal home page customisation", "Report permission set-up" },
  { "Onboarding training for new staff", "Hands-on data analysis training", "Administrator training",
    "Security awareness training", "Finance module training" },
  { "Daily sales report", "Monthly business review report", "Weekly inventory report",
    "Receivables report", "Quarterly staff cost report" },
  { "Sales dashboard", "Regional performance map", "Production KPI wall", "Service satisfaction charts",
    "Interactive finance dashboard" },
};

static const char *const descriptions[6][3] = {
  { "客户希望专属技术顾问给出书面建议。", "需要结合现有系统现状进行评估。", "客户提出了产品改进意见，请记录。" },
  { "已获得客户同意远程接入，数据仅在会话中处理。", "客户现场无 IT 人员，需要远程操作。", "问题可复现，附截图。" },
  { "按标准模板实施，客户确认字段清单。", "客户有非标准需求，需评估工作量。", "涉及多个部门的权限调整。" },
  { "线下授课，理论与实操结合。", "线上直播培训，需录屏。", "分两期进行，每期不超过四小时。" },
  { "按日/周/月周期自动生成。", "指标口径需与财务部确认。", "需要导出 Excel 格式。" },
  { "柱状图、折线图、饼图组合展示。", "支持交互式筛选。", "需要在大屏上展示。" },
};

static const char *const specials[] = {
  "审批节点按金额分级，超过五万元需总经理审批",
  "与客户自建的 OA 系统做单点登录对接",
  "为海外子公司增加英文界面和多币种字段",
  "按门店维度拆分数据权限",
};

static const char *const notes[6][2] = {
  { "已与客户技术负责人沟通，建议书将于明天发送。", "顾问已完成现场调研。" },
  { "已远程连接，正在排查驱动问题。", "问题已修复，请客户确认。" },
  { "配置已完成 80%，等待客户确认字段。", "已部署到测试环境，请客户验收。" },
  { "培训课件已发送给客户。", "第一期培训已完成，学员反馈良好。" },
  { "报表初稿已发送，请客户核对指标。", "已设置每周一早上自动发送。" },
  { "看板原型已完成，请客户确认配色。", "已上线，支持按区域筛选。" },
};

static const char *const feedback_areas[] = { "报表", "权限管理", "移动端", "性能", "导入导出", "界面" };
static const char *const feedback_bodies[] = {
  "希望报表能按部门自动拆分发送。",
  "权限设置界面层级太深，查找不便。",
  "移动端希望支持离线查看。",
  "月底数据量大时查询明显变慢。",
  "导入 Excel 时希望能自动识别日期格式。",
  "希望增加深色模式。",
};

static const char *const rating_texts[6] = {
  NULL,
  "响应太慢，问题拖了很久才解决。",
  "结果基本可用，但沟通不够及时。",
  "整体还行，交付时间略有延误。",
  "服务专业，响应及时。",
  "非常满意，顾问很专业，下次还会合作。",
};

static const char *const complaint_summaries[] = {
  "交付延期，未提前告知",
  "远程协助后问题复发",
  "报表数据与财务口径不一致",
  "培训讲师临时更换",
  "热线长时间无人接听",
};

static const char *const complaint_details[] = {
  "客户表示项目交付比约定晚了两天，影响了月底结账。",
  "远程处理后第二天同样的故障再次出现。",
  "报表中的回款金额与财务系统相差较大。",
  "原定讲师未到场，替换讲师对业务不熟悉。",
  "客户多次拨打热线未能接通，改发邮件投诉。",
};

static const char *const training_titles[] = {
  "系统基础操作", "数据分析实操", "管理员运维", "安全意识", "报表与看板使用", "财务模块进阶",
};

static const char *const rooms[] = { "客户公司 3 楼会议室", "客户公司培训中心", "我司培训教室 A", "客户公司大会议室" };
static const char *const links[] = {
  "https://meeting.tencent.com/dm/steward-demo", "https://meeting.dingtalk.com/j/steward-demo",
  "https://zoom.us/j/5550100",
};

static const char *const templates[][2] = {
  { "CRM 标准模板", "客户、商机、合同三大模块的标准字段与流程" },
  { "ERP 进销存模板", "采购、销售、库存的标准单据与报表" },
  { "OA 审批模板", "请假、报销、用印的标准审批流" },
  { "HR 人事模板", "员工档案、考勤与薪资的标准配置" },
  { "Helpdesk 工单模板", "工单分类、优先级与服务级别的标准配置" },
};

guint
steward_demo_n_templates (void)
{
  return G_N_ELEMENTS (templates);
}

const char *
steward_demo_template_name (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (templates), NULL);
  return templates[index][0];
}

const char *
steward_demo_template_description (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (templates), NULL);
  return templates[index][1];
}

const char *
_steward_demo_title (DemoRng        *rng,
                     StewardService  service,
                     gboolean        latin)
{
  /* Foreign clients write in English four times out of five. */
  if (latin && demo_rng_chance (rng, 800))
    return DEMO_PICK (rng, latin_titles[service]);
  return DEMO_PICK (rng, cn_titles[service]);
}

const char *
_steward_demo_description (DemoRng        *rng,
                           StewardService  service)
{
  return DEMO_PICK (rng, descriptions[service]);
}

const char *
_steward_demo_special (DemoRng *rng)
{
  return DEMO_PICK (rng, specials);
}

const char *
_steward_demo_note (DemoRng        *rng,
                    StewardService  service)
{
  return DEMO_PICK (rng, notes[service]);
}

void
_steward_demo_feedback (DemoRng     *rng,
                        const char **area,
                        const char **body)
{
  guint i = demo_rng_below (rng, G_N_ELEMENTS (feedback_bodies));

  *area = feedback_areas[i];
  *body = feedback_bodies[i];
}

const char *
_steward_demo_rating_text (DemoRng *rng,
                           guint    rating)
{
  /* Most ratings come without words. */
  if (rating == 0 || rating > 5 || !demo_rng_chance (rng, 350))
    return "";
  return rating_texts[rating];
}

void
_steward_demo_complaint_text (DemoRng     *rng,
                              const char **summary,
                              const char **details)
{
  guint i = demo_rng_below (rng, G_N_ELEMENTS (complaint_summaries));

  *summary = complaint_summaries[i];
  *details = complaint_details[i];
}

const char *
_steward_demo_solution (StewardRemedy remedy)
{
  switch (remedy)
    {
    case STEWARD_REMEDY_RESERVICE:
      return "已安排免费重新服务，由资深工程师跟进。";
    case STEWARD_REMEDY_PARTIAL_REFUND:
      return "经协商退还部分费用，并向客户致歉。";
    case STEWARD_REMEDY_NONE:
    default:
      return "已向客户说明原因并致歉，客户表示理解。";
    }
}

const char *
_steward_demo_training_title (DemoRng *rng)
{
  return DEMO_PICK (rng, training_titles);
}

const char *
_steward_demo_location (DemoRng               *rng,
                        StewardTrainingFormat  format)
{
  if (format == STEWARD_TRAINING_FORMAT_ONLINE)
    return DEMO_PICK (rng, links);
  return DEMO_PICK (rng, rooms);
}

namespace EcoTwin.Domain.Records;

/// <summary>The kinds of business record on an enterprise's one-file profile.</summary>
public enum RecordKind
{
    /// <summary>Discharge permit (排污许可证): number, validity, limits per outlet and factor.</summary>
    Permit = 0,

    /// <summary>EIA approval (环评批复).</summary>
    Eia = 1,

    /// <summary>On-site inspection (现场检查).</summary>
    Inspection = 2,

    /// <summary>Complaint (信访).</summary>
    Complaint = 3,

    /// <summary>Administrative penalty (行政处罚).</summary>
    Penalty = 4,

    /// <summary>Hazardous-waste record (危险废物转移/贮存).</summary>
    HazardousWaste = 5,

    /// <summary>Emergency plan (突发环境事件应急预案备案).</summary>
    EmergencyPlan = 6,

    /// <summary>Environmental credit rating (环境信用评价).</summary>
    CreditRating = 7,

    /// <summary>Cleaner-production audit (清洁生产审核).</summary>
    CleanerProduction = 8,
}

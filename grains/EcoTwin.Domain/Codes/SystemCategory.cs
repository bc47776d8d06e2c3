namespace EcoTwin.Domain.Codes;

/// <summary>The category of an HJ 212-2017 system code (ST), by range (6.6.1.1).</summary>
public enum SystemCategory
{
    /// <summary>10-29: environmental quality (环境质量类别).</summary>
    EnvironmentalQuality,

    /// <summary>30-49: pollution sources (环境污染源类别).</summary>
    PollutionSource,

    /// <summary>50-69: process (working-condition) monitoring (工况类别).</summary>
    ProcessMonitoring,

    /// <summary>91-99: system interaction (系统交互类别).</summary>
    SystemInteraction,

    /// <summary>A0-Z9: extension for unknown systems (未知系统编码扩展).</summary>
    Extension,

    /// <summary>Well-formed but in no range (00-09, 70-90, two letters, digit then letter).</summary>
    Unassigned,
}

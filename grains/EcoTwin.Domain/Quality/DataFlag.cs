namespace EcoTwin.Domain.Quality;

/// <summary>
/// A data flag of HJ 212-2017 table 8 (数据标记), sent as <c>xxxxxx-Flag</c>. The numeric value is
/// the flag letter. Only <see cref="Normal"/> data is valid and enters averages; the rest is kept
/// and shown with its flag.
/// </summary>
public enum DataFlag
{
    /// <summary>N: the instrument works normally (在线监控（监测）仪器仪表工作正常).</summary>
    Normal = 'N',

    /// <summary>F: the instrument is stopped (停运).</summary>
    Stopped = 'F',

    /// <summary>M: data produced during maintenance (处于维护期间产生的数据).</summary>
    Maintenance = 'M',

    /// <summary>S: a manually entered set value (手工输入的设定值).</summary>
    ManualValue = 'S',

    /// <summary>D: the instrument is faulty (故障).</summary>
    Fault = 'D',

    /// <summary>C: the instrument is calibrating (处于校准状态).</summary>
    Calibration = 'C',

    /// <summary>T: the value is above the instrument's upper measuring limit (采样数值超过测量上限).</summary>
    AboveUpperLimit = 'T',

    /// <summary>B: communication between instrument and data logger is abnormal (与数采仪通讯异常).</summary>
    CommunicationFault = 'B',
}

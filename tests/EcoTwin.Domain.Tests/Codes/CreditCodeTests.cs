using EcoTwin.Domain.Codes;

namespace EcoTwin.Domain.Tests.Codes;

public class CreditCodeTests
{
    // Character values: 0-9 -> 0-9, A=10 B=11 C=12 D=13 E=14 F=15 G=16 H=17 J=18 K=19 L=20 M=21
    // N=22 P=23 Q=24 R=25 T=26 U=27 W=28 X=29 Y=30. Weights 3^i mod 31.
    [Theory]
    [InlineData("91330100799655058B")] // 阿里巴巴（中国）有限公司
    [InlineData("9144030071526726XG")] // 腾讯科技（深圳）有限公司
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("91520000214434146R")] // 贵州茅台酒股份有限公司
    [InlineData("91110000802100433B")] // 北京百度网讯科技有限公司
    [InlineData("91110108551385082Q")] // 北京小米科技有限责任公司
    [InlineData("91110000100010433L")] // 中国石油天然气集团有限公司
    public void Real_codes_are_accepted(string code)
    {
        var check = CreditCode.Validate(code);

        Assert.Equal(CreditCodeCheck.Ok, check);
        Assert.True(check.IsValid);
        Assert.True(CreditCode.TryParse(code, out var parsed, out _));
        Assert.Equal(code, parsed.Value);
    }

    [Fact]
    public void Check_character_of_huawei_computed_by_hand()
    {
        // 9×1 + 1×3 + 4×9 + 4×27 + 0×19 + 3×26 + 0×16 + 0×17 + 1×20 + 9×29 + 2×25 + 2×13
        // + 0×8 + 3×24 + 8×10 + 2×30 + 1×28 = 831; 831 mod 31 = 25; 31 − 25 = 6 -> '6'.
        Assert.Equal('6', CreditCode.ComputeCheckCharacter("91440300192203821"));
    }

    [Fact]
    public void Check_character_of_tencent_computed_by_hand()
    {
        // 9×1 + 1×3 + 4×9 + 4×27 + 0×19 + 3×26 + 0×16 + 0×17 + 7×20 + 1×29 + 5×25 + 2×13
        // + 6×8 + 7×24 + 2×10 + 6×30 + X(29)×28 = 1782; 1782 mod 31 = 15; 31 − 15 = 16 -> 'G'.
        Assert.Equal('G', CreditCode.ComputeCheckCharacter("9144030071526726X"));
    }

    [Fact]
    public void Check_character_of_alibaba_computed_by_hand()
    {
        // 9×1 + 1×3 + 3×9 + 3×27 + 0×19 + 1×26 + 0×16 + 0×17 + 7×20 + 9×29 + 9×25 + 6×13
        // + 5×8 + 5×24 + 0×10 + 5×30 + 8×28 = 1384; 1384 mod 31 = 20; 31 − 20 = 11 -> 'B'.
        Assert.Equal('B', CreditCode.ComputeCheckCharacter("91330100799655058"));
    }

    [Fact]
    public void Sum_divisible_by_31_gives_check_character_0()
    {
        // Sum 1302 = 42 × 31: 31 − 0 = 31, which the standard writes as 0.
        Assert.Equal('0', CreditCode.ComputeCheckCharacter("91440101MA5C00004"));
        Assert.True(CreditCode.Validate("91440101MA5C000040").IsValid);
    }

    [Fact]
    public void Sum_of_1_mod_31_gives_check_character_Y()
    {
        // Sum 1334 = 43 × 31 + 1: 31 − 1 = 30 -> 'Y'.
        Assert.Equal('Y', CreditCode.ComputeCheckCharacter("91440101MA5C00023"));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 9)]
    [InlineData(4, 27)]
    [InlineData(5, 19)]
    [InlineData(6, 26)]
    [InlineData(7, 16)]
    [InlineData(8, 17)]
    [InlineData(9, 20)]
    [InlineData(10, 29)]
    [InlineData(11, 25)]
    [InlineData(12, 13)]
    [InlineData(13, 8)]
    [InlineData(14, 24)]
    [InlineData(15, 10)]
    [InlineData(16, 30)]
    [InlineData(17, 28)]
    public void Each_position_has_the_weight_of_the_standard(int position, int weight)
    {
        // A single '1' at the position: the sum is the weight, so the check is 31 − weight.
        var body = new string('0', position - 1) + "1" + new string('0', 17 - position);

        Assert.Equal("0123456789ABCDEFGHJKLMNPQRTUWXY"[31 - weight], CreditCode.ComputeCheckCharacter(body));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("91440300192203821", 17)]
    [InlineData("9144030019220382160", 19)]
    public void Wrong_length_is_rejected(string? code, int length)
    {
        var check = CreditCode.Validate(code);

        Assert.Equal(CreditCodeError.Length, check.Error);
        Assert.Equal($"A unified social credit code has 18 characters; got {length}.", check.Message);
        Assert.False(check.IsValid);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('-')]
    public void Excluded_letters_and_symbols_are_illegal_at_their_position(char bad)
    {
        var code = "914403001" + bad + "22038216";

        var check = CreditCode.Validate(code);

        Assert.Equal(new CreditCodeCheck(
            CreditCodeError.IllegalCharacter,
            $"Illegal character '{bad}' at position 10; allowed are 0-9 and A-Z except I, O, Z, S, V.",
            10,
            Actual: bad), check);
    }

    [Fact]
    public void Lower_case_letters_are_illegal_with_a_hint()
    {
        var check = CreditCode.Validate("9144030071526726xG");

        Assert.Equal(CreditCodeError.IllegalCharacter, check.Error);
        Assert.Equal(17, check.Position);
        Assert.Equal("Illegal character 'x' at position 17 (letters must be upper-case); allowed are 0-9 and A-Z except I, O, Z, S, V.", check.Message);
    }

    [Fact]
    public void A_space_is_shown_as_its_code_point()
    {
        var check = CreditCode.Validate("914403001922038 16");

        Assert.Equal("Illegal character U+0020 at position 16; allowed are 0-9 and A-Z except I, O, Z, S, V.", check.Message);
    }

    [Fact]
    public void A_letter_in_the_division_part_is_illegal()
    {
        var check = CreditCode.Validate("9144A3001922038216");

        Assert.Equal(CreditCodeError.IllegalCharacter, check.Error);
        Assert.Equal(5, check.Position);
        Assert.Equal("Position 5 must be a digit (positions 3-8 are a division code); got 'A'.", check.Message);
    }

    [Theory]
    [InlineData("11440300MA5F00001J")]
    [InlineData("21440300MA5F00001H")]
    [InlineData("31440300MA5F00001G")]
    [InlineData("41440300MA5F00001F")]
    [InlineData("51440300MA5F00001E")]
    [InlineData("61440300MA5F00001D")]
    [InlineData("71440300MA5F00001C")]
    [InlineData("81440300MA5F00001B")]
    [InlineData("91440300MA5F00001A")]
    [InlineData("A1440300MA5F000019")]
    [InlineData("N1440300MA5F00001W")]
    [InlineData("Y1440300MA5F00001L")]
    public void Every_known_registration_authority_is_accepted(string code)
    {
        Assert.True(CreditCode.Validate(code).IsValid);
        Assert.NotNull(RegistrationAuthorities.NameZh(code[0]));
    }

    [Theory]
    [InlineData("B1440300MA5F000018", 'B')]
    [InlineData("X1440300MA5F00001M", 'X')]
    [InlineData("01440300MA5F00001K", '0')]
    public void Unknown_registration_authority_is_rejected_even_with_a_correct_check_character(string code, char authority)
    {
        var check = CreditCode.Validate(code);

        Assert.Equal(CreditCodeError.RegistrationAuthority, check.Error);
        Assert.Equal(1, check.Position);
        Assert.Equal(authority, check.Actual);
        Assert.Equal($"Unknown registration authority code '{authority}' at position 1; known codes are 1 2 3 4 5 6 7 8 9 A N Y.", check.Message);
    }

    [Fact]
    public void Wrong_check_character_is_rejected_with_expected_and_actual()
    {
        var check = CreditCode.Validate("914403001922038217");

        Assert.Equal(new CreditCodeCheck(CreditCodeError.CheckCharacter, "Check character expected '6', got '7'.", 18, '6', '7'), check);
    }

    [Fact]
    public void Swapped_digits_are_caught_by_the_check_character()
    {
        Assert.Equal(CreditCodeError.CheckCharacter, CreditCode.Validate("914403001922308216").Error);
    }

    [Fact]
    public void Parsed_code_exposes_its_parts()
    {
        var code = CreditCode.Parse("9144030071526726XG");

        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal('1', code.Category);
        Assert.Equal("440300", code.RegistrationDivision);
        Assert.Equal("71526726X", code.SubjectId);
        Assert.Equal('G', code.CheckCharacter);
        Assert.Equal("9144030071526726XG", code.ToString());
    }

    [Fact]
    public void Parse_of_an_invalid_code_throws_with_the_reason()
    {
        var error = Assert.Throws<FormatException>(() => CreditCode.Parse("914403001922038217"));

        Assert.Equal("Check character expected '6', got '7'.", error.Message);
    }

    [Fact]
    public void Check_character_needs_17_legal_characters()
    {
        Assert.Throws<ArgumentException>(() => CreditCode.ComputeCheckCharacter("9144030019220382"));
        Assert.Throws<ArgumentException>(() => CreditCode.ComputeCheckCharacter("9144030019220382I"));
    }
}

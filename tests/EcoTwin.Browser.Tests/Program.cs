Console.Error.WriteLine("usage: dotnet run -c Release --project tests/EcoTwin.Browser.Tests -- bench");
return 2;

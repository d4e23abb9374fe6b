<#
.SYNOPSIS
    Audits the certificate inventory of the Skype for Business servers.

.DESCRIPTION
    Reads the certificate inventory exported from the front-end, edge and
    mediation servers, classifies every certificate by expiry, key size and
    issuer, checks it against the compliance rules, queues renewal requests
    and prints a report. It finishes with a quick look at the topology.

.PARAMETER AsOf
    The date the audit is computed for (defaults to the start of the
    change window).

.PARAMETER WarningDays
    Certificates that expire within this many days are reported as Warning.

.PARAMETER CriticalDays
    Certificates that expire within this many days are reported as Critical.

.EXAMPLE
    .\cert-audit.ps1 -AsOf 2026-11-01 -WarningDays 60 -CriticalDays 20

.NOTES
    Keep the inventory export in the CSV layout below: one row per
    certificate, SAN entries separated by semicolons.
#>
[CmdletBinding()]
param(
    [datetime]$AsOf = '2026-11-01',

    [ValidateRange(1, 365)]
    [int]$WarningDays = 60,

    [ValidateRange(1, 90)]
    [int]$CriticalDays = 20
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

$script:AuditLog = New-Object -TypeName System.Collections.ArrayList
$script:LookupCount = 0

#region Helper functions

function Write-AuditLog {
    param(
        [Parameter(Mandatory = $true, Position = 0)]
        [string]$Message,

        [ValidateSet('Info', 'Warn', 'Error')]
        [string]$Level = 'Info'
    )
    $entry = '[{0,-5}] {1}' -f $Level.ToUpper(), $Message
    [void]$script:AuditLog.Add($entry)
    if ($Level -eq 'Warn') {
        Write-Warning -Message $Message
    }
}

function Get-CertStatus {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)]
        [int]$DaysLeft
    )
    switch ($DaysLeft) {
        { $_ -lt 0 }                    { 'Expired'; break }
        { $_ -le $script:CriticalDays } { 'Critical'; break }
        { $_ -le $script:WarningDays }  { 'Warning'; break }
        default                         { 'OK' }
    }
}

function Get-CertRole {
    param([Parameter(Mandatory)][string]$Use)
    switch -Wildcard ($Use) {
        'WebServices*' { return 'Web' }
        '*Edge'        { return 'Edge' }
        'Default'      { return 'Core' }
        'OAuth*'       { return 'Auth' }
        default        { return 'Other' }
    }
}

function Get-IssuerClass {
    param([string]$Issuer)
    switch -Regex ($Issuer) {
        '^Contoso\b'          { 'Internal'; break }
        'DigiCert|GlobalSign' { 'Public'; break }
        default               { 'Unknown' }
    }
}

function ConvertTo-CertRecord {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [PSObject]$InputObject,

        [Parameter(Mandatory = $true)]
        [datetime]$ReferenceDate
    )
    begin {
        $converted = 0
        $skipped = 0
        $culture = [System.Globalization.CultureInfo]::InvariantCulture
    }
    process {
        try {
            $notBefore = [datetime]::ParseExact($InputObject.NotBefore, 'yyyy-MM-dd', $culture)
            $notAfter = [datetime]::ParseExact($InputObject.NotAfter, 'yyyy-MM-dd', $culture)
        }
        catch [System.FormatException] {
            $skipped++
            Write-AuditLog -Message ('Skipping {0}: {1}' -f $InputObject.Server, $_.Exception.Message) -Level Warn
            return
        }
        $sans = @($InputObject.SAN -split ';' | Where-Object { $_ })
        $days = ($notAfter - $ReferenceDate).Days
        $converted++
        [PSCustomObject]@{
            Server     = $InputObject.Server.ToUpper()
            Subject    = $InputObject.Subject
            CommonName = $InputObject.Subject -replace '^CN=', ''
            Issuer     = $InputObject.Issuer
            NotBefore  = $notBefore
            NotAfter   = $notAfter
            KeySize    = [int]$InputObject.KeySize
            Use        = $InputObject.Use
            San        = $sans
            SanCount   = $sans.Count
            DaysLeft   = $days
            Status     = Get-CertStatus -DaysLeft $days
        }
    }
    end {
        Write-Verbose ('Converted {0} record(s), skipped {1}' -f $converted, $skipped)
    }
}

function Get-CertByName {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Name,
        [object[]]$Inventory
    )
    $hit = $Inventory | Where-Object { $_.CommonName -eq $Name }
    if (-not $hit) {
        throw "Certificate '$Name' not found in the inventory"
    }
    $hit
}

function New-RenewalRequest {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [ValidatePattern('^[A-Z]+\d{2}$')]
        [string]$Server,

        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('CommonName')]
        [string]$Name,

        [Parameter(ValueFromPipelineByPropertyName)]
        [int]$KeySize = 2048,

        [switch]$UpgradeKey
    )
    begin {
        $queue = New-Object -TypeName 'System.Collections.Generic.List[string]'
    }
    process {
        $size = if ($UpgradeKey -and $KeySize -lt 4096) { $KeySize * 2 } else { $KeySize }
        $request = [ordered]@{
            Id      = 'REQ-{0:D3}' -f ($queue.Count + 1)
            Server  = $Server
            Name    = $Name
            KeySize = $size
        }
        $queue.Add($request.Id)
        [PSCustomObject]$request
    }
    end {
        Write-Verbose ('Queued {0}' -f ($queue -join ', '))
    }
}

function Test-KeySizeInput {
    param([string]$Value)
    try {
        $size = [int]$Value
        if ($size -notin 1024, 2048, 3072, 4096) {
            throw [System.ArgumentOutOfRangeException]::new('Value', "Unsupported key size $size")
        }
        '{0,-6} -> ok' -f $Value
    }
    catch [System.ArgumentOutOfRangeException] {
        '{0,-6} -> out of range ({1})' -f $Value, $_.Exception.ParamName
    }
    catch [System.Management.Automation.PSInvalidCastException] {
        '{0,-6} -> not a number' -f $Value
    }
    catch {
        '{0,-6} -> unexpected {1}' -f $Value, $_.Exception.GetType().Name
    }
}

function Measure-RenewalLoad {
    param([int]$Certificates, [int]$Admins)
    trap [System.DivideByZeroException] {
        '  trapped: {0}' -f $_.Exception.Message
        continue
    }
    $perAdmin = 'n/a'
    $perAdmin = $Certificates / $Admins
    '  {0} certificate(s), {1} admin(s): {2} each' -f $Certificates, $Admins, $perAdmin
}

function Export-AuditReport {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [PSObject[]]$Record,

        [ValidateNotNullOrEmpty()]
        [string]$Folder = 'C:\Reports',

        [string]$FileName
    )
    begin {
        $rows = New-Object -TypeName 'System.Collections.Generic.List[object]'
        if (-not $PSBoundParameters.ContainsKey('FileName')) {
            $FileName = 'cert-audit-{0:yyyyMMdd}.csv' -f $script:AsOf
        }
    }
    process {
        foreach ($r in $Record) {
            $rows.Add(($r | Select-Object Server, CommonName,
                    @{ n = 'Expires'; e = { $_.NotAfter.ToString('yyyy-MM-dd') } }, DaysLeft, Status))
        }
    }
    end {
        if (-not (Test-Path -Path $Folder)) {
            New-Item -ItemType Directory -Path $Folder | Out-Null
        }
        $path = Join-Path -Path $Folder -ChildPath $FileName
        $rows | Export-Csv -Path $path -NoTypeInformation
        Write-Host ('Wrote {0} row(s) to {1}' -f $rows.Count, $path)
        $path
    }
}

filter Select-LogLine {
    param([string]$Level = '*')
    if ($_ -like "* $Level *") { $_ }
}

function Get-Oldest {
    $input | Sort-Object -Property NotBefore | Select-Object -First 1
}

function Test-Thumbprint {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Thumbprint
    )
    process {
        if ($Thumbprint -notmatch '^[0-9A-F]{40}$') {
            Write-Error -Message "Malformed thumbprint '$Thumbprint'" -Category InvalidArgument -TargetObject $Thumbprint
            return
        }
        'Thumbprint {0}... is well formed' -f $Thumbprint.Substring(0, 8)
    }
}

function Join-Names {
    ($args | ForEach-Object { $_.ToLower() }) -join '|'
}

#endregion

#region Inventory

$inventoryCsv = @'
Server,Subject,Issuer,NotBefore,NotAfter,KeySize,Use,SAN
fe01,CN=pool01.contoso.com,Contoso Issuing CA,2025-01-10,2027-01-10,2048,Default,pool01.contoso.com;sip.contoso.com;fe01.contoso.com
fe01,CN=webint.contoso.com,Contoso Issuing CA,2025-01-10,2026-11-20,2048,WebServicesInternal,webint.contoso.com;dialin.contoso.com
fe02,CN=pool01.contoso.com,Contoso Issuing CA,2024-06-01,2026-10-15,2048,Default,pool01.contoso.com;sip.contoso.com;fe02.contoso.com
fe02,CN=webext.contoso.com,DigiCert Global G2,2026-02-01,2027-02-01,4096,WebServicesExternal,webext.contoso.com;meet.contoso.com;lyncdiscover.contoso.com
edge01,CN=sip.contoso.com,DigiCert Global G2,2025-12-01,2026-12-01,2048,ExternalEdge,sip.contoso.com;av.contoso.com
edge01,CN=edge01.corp.contoso.com,Contoso Issuing CA,2024-11-01,2026-09-30,1024,InternalEdge,edge01.corp.contoso.com
fe01,CN=oauth.contoso.com,Contoso Root CA,2026-03-01,2028-03-01,2048,OAuthTokenIssuer,
fe03,CN=fe03.contoso.com,Contoso Issuing CA,2025-05-05,unknown,2048,Default,fe03.contoso.com
med01,CN=med01.contoso.com,Contoso Issuing CA,2025-11-20,2026-12-25,2048,Default,med01.contoso.com
'@

$banner = @"
==============================================
 Certificate audit
 Reference date : {0:yyyy-MM-dd} ({0:dddd})
 Warning window : {1} days, critical {2} days
==============================================
"@ -f $AsOf, $WarningDays, $CriticalDays
Write-Output $banner

Write-AuditLog 'Audit started'
$rawInventory = $inventoryCsv | ConvertFrom-Csv
$records = @($rawInventory | ConvertTo-CertRecord -ReferenceDate $AsOf -Verbose)
Write-AuditLog -Message ('Loaded {0} of {1} inventory rows' -f $records.Count, @($rawInventory).Count)

foreach ($record in $records) {
    $record | Add-Member -NotePropertyName Role -NotePropertyValue (Get-CertRole -Use $record.Use)
    Add-Member -InputObject $record -MemberType NoteProperty -Name IssuerClass -Value (Get-IssuerClass $record.Issuer)
}

#endregion

#region Expiry overview

Write-Output ''
Write-Output '--- Expiry overview ---'
$records |
    Sort-Object -Property DaysLeft, Server |
    Select-Object Server, CommonName,
        @{ Name = 'Expires'; Expression = { $_.NotAfter.ToString('yyyy-MM-dd') } },
        DaysLeft, Status |
    Format-Table -AutoSize

foreach ($expired in $records.Where({ $_.Status -eq 'Expired' })) {
    $message = '{0} certificate {1} expired {2} day(s) ago' -f $expired.Server, $expired.CommonName, [math]::Abs($expired.DaysLeft)
    Write-AuditLog -Message $message -Level Warn
}

$statusOrder = @{ Expired = 0; Critical = 1; Warning = 2; OK = 3 }
$records |
    Group-Object -Property Status |
    Sort-Object -Property { $statusOrder[$_.Name] } |
    Select-Object -Property @{ n = 'Status'; e = { $_.Name } }, Count,
        @{ n = 'Servers'; e = { ($_.Group.Server | Sort-Object -Unique) -join ', ' } } |
    Format-Table -AutoSize

#endregion

#region Key sizes and issuers

Write-Output '--- Keys and issuers ---'
$keyStats = $records | Measure-Object -Property KeySize -Average -Minimum -Maximum
'Key sizes: min {0}, max {1}, average {2:N1} bits' -f $keyStats.Minimum, $keyStats.Maximum, $keyStats.Average

$strength = [ordered]@{ Strong = 0; Standard = 0; Weak = 0 }
switch ($records.KeySize) {
    { $_ -ge 4096 } { $strength.Strong++; continue }
    2048            { $strength.Standard++; continue }
    default         { $strength['Weak'] += 1 }
}
$strength.GetEnumerator() | ForEach-Object { '  {0,-10}{1}' -f ($_.Key + ':'), $_.Value }

$byIssuer = @{}
foreach ($r in $records) {
    if ($byIssuer.ContainsKey($r.Issuer)) {
        $byIssuer[$r.Issuer] += 1
    }
    else {
        $byIssuer[$r.Issuer] = 1
    }
}
foreach ($entry in $byIssuer.GetEnumerator() | Sort-Object -Property @{ Expression = 'Value'; Descending = $true }, Name) {
    '  {0,-22}{1,3}  ({2})' -f $entry.Key, $entry.Value, (Get-IssuerClass $entry.Key)
}

$roles = $records | Group-Object -Property Role -NoElement | Sort-Object -Property Name
'Roles: ' + (($roles | ForEach-Object { '{0}={1}' -f $_.Name, $_.Count }) -join '; ')

#endregion

#region Names

$allNames = $records | ForEach-Object { $_.San } | Sort-Object -Unique
$sanTotal = ($records | Measure-Object -Property SanCount -Sum).Sum
'{0} SAN entries, {1} unique names' -f $sanTotal, $allNames.Count
'Hosts: ' + (($allNames | ForEach-Object { $_.Split('.')[0] }) -join ',')
$allNames |
    ForEach-Object { $_.Substring($_.IndexOf('.') + 1) } |
    Group-Object -NoElement |
    Sort-Object -Property Count -Descending |
    ForEach-Object -Begin { 'Domains:' } -Process { '  {0,2} x {1}' -f $_.Count, $_.Name } -End { '' }

#endregion

#region Compliance

$script:ComplianceRules = [ordered]@{
    KeySize    = { param($c) $c.KeySize -ge 2048 }
    NotExpired = { param($c) $c.DaysLeft -ge 0 }
    HasSan     = { param($c) $c.SanCount -gt 0 }
    Lifetime   = { param($c) ($c.NotAfter - $c.NotBefore).TotalDays -le 825 }
}

$failures = foreach ($cert in $records) {
    $failed = foreach ($rule in $script:ComplianceRules.GetEnumerator()) {
        if (-not (& $rule.Value $cert)) { $rule.Key }
    }
    if ($failed) {
        [PSCustomObject]@{
            Server  = $cert.Server
            Subject = $cert.CommonName
            Failed  = $failed -join '+'
        }
    }
}
'--- Compliance: {0} of {1} certificate(s) fail ---' -f @($failures).Count, $records.Count
$failures | Format-Table -AutoSize

$records |
    Where-Object { $_.Use -like 'OAuth*' -or $_.KeySize -gt 2048 } |
    Format-List Server, Subject, Issuer, NotBefore, NotAfter,
        @{ Label = 'Lifetime'; Expression = { ($_.NotAfter - $_.NotBefore).Days } }, San

#endregion

#region Report export

$reportPath = $records | Sort-Object -Property Server, DaysLeft | Export-AuditReport
$csvLines = Get-Content -Path $reportPath
'{0} lines, header: {1}' -f $csvLines.Count, $csvLines[0]
$csvLines[1]
Import-Csv -Path $reportPath |
    Where-Object { [int]$_.DaysLeft -lt 0 } |
    ForEach-Object { 'Re-imported expired: {0} ({1})' -f $_.CommonName, $_.Expires }

try {
    Get-Item -Path 'C:\Reports\missing.csv' -ErrorAction Stop | Out-Null
}
catch [System.Management.Automation.ItemNotFoundException] {
    'Not found: ' + $_.Exception.Message
}
Get-Item -Path 'C:\Reports\old.csv' -ErrorAction SilentlyContinue -ErrorVariable lookupErrors
'{0} lookup error(s): {1}' -f $lookupErrors.Count, $lookupErrors[0].CategoryInfo.Category
Get-ChildItem -Path 'C:\Reports' -Filter '*.csv' | ForEach-Object { 'Report file: ' + $_.Name }

Write-Host 'Checks: ' -NoNewline
Write-Host ('{0} passed, {1} failed' -f ($records.Count - @($failures).Count), @($failures).Count)

$oldest = $records | Get-Oldest
'Oldest certificate: {0} on {1}, issued {2:d}' -f $oldest.CommonName, $oldest.Server, $oldest.NotBefore
'Average key is {0} x 1024 bits' -f [math]::Round($keyStats.Average / 1024, 2)
'Servers: ' + (Join-Names FE01 FE02 MED01)

$makeCheck = { param($limit) { param($c) $c.DaysLeft -le $limit }.GetNewClosure() }
$dueSoon = & $makeCheck 30
'Due within 30 days: ' + (($records | Where-Object { & $dueSoon $_ } | ForEach-Object CommonName) -join ', ')

#endregion

#region Request log

$requestLog = @'
2026-10-28 09:14:02 INFO  REQ-0917 submitted by CONTOSO\alice for webint.contoso.com
2026-10-28 09:20:45 WARN  REQ-0917 template WebServer2048 is deprecated
2026-10-29 14:02:11 ERROR REQ-0921 CA unavailable: ca01.contoso.com
2026-10-30 08:00:00 INFO  REQ-0921 submitted by CONTOSO\bob for pool01.contoso.com
2026-10-31 17:45:30 INFO  REQ-0917 issued serial 4F00000012
'@

$events = switch -Regex ($requestLog -split "`r?`n") {
    '^(?<date>\S+) (?<time>\S+) (?<level>\w+)\s+(?<id>REQ-\d+) (?<text>.*)$' {
        [PSCustomObject]@{
            When  = [datetime]::ParseExact("$($Matches.date) $($Matches.time)", 'yyyy-MM-dd HH:mm:ss', $null)
            Level = $Matches['level']
            Id    = $Matches.id
            Text  = $Matches.text
        }
    }
}

foreach ($group in $events | Group-Object -Property Id) {
    $last = $group.Group | Sort-Object -Property When | Select-Object -Last 1
    $state = switch -Wildcard ($last.Text) {
        'issued*'    { 'Issued' }
        'submitted*' { 'Pending' }
        default      { 'Unknown' }
    }
    '{0}: {1} event(s), last {2:MM/dd HH:mm} -> {3}' -f $group.Name, $group.Count, $last.When, $state
}

$requesters = foreach ($e in $events) {
    if ($e.Text -match 'submitted by (?<domain>\w+)\\(?<user>\w+)') {
        $Matches.user
    }
}
'Requesters: ' + (($requesters | Sort-Object -Unique) -join ', ')

$requestLog -split "`r?`n" | Select-LogLine -Level ERROR | ForEach-Object {
    $parts = $_ -split '\s+', 5
    'Error on {0}: {1}' -f $parts[3], $parts[4].Trim()
}

for ($i = 0; $i -lt $events.Count; $i += 2) {
    '{0} {1}' -f $events[$i].Id.PadRight(10, '.'), $events[$i].Level
}

$renewOn = $AsOf.AddDays(13)
while ($renewOn.DayOfWeek -in 'Saturday', 'Sunday') {
    $renewOn = $renewOn.AddDays(1)
}
'Renewal window opens {0:dddd, MMMM d, yyyy}' -f $renewOn

$attempt = 0
do {
    $attempt++
    $reachable = $attempt -ge 3
    Write-Verbose "Probe $attempt"
} until ($reachable -or $attempt -ge 5)
"CA reachable after $attempt attempt(s)"

#endregion

#region Renewals

$renewParams = @{
    UpgradeKey = $true
    Verbose    = $true
}
$requests = $records |
    Where-Object Status -In 'Expired', 'Critical' |
    Sort-Object DaysLeft |
    New-RenewalRequest @renewParams
'--- Renewal queue ({0}) ---' -f $requests.Count
$requests

try {
    New-RenewalRequest -Server 'fe-legacy' -Name 'legacy.contoso.com'
}
catch [System.Management.Automation.ParameterBindingException] {
    'Rejected: ' + $_.Exception.Message
}

try {
    Write-AuditLog -Message 'probe' -Level 'Debug'
}
catch [System.Management.Automation.ParameterBindingException] {
    'Rejected: ' + $_.Exception.Message
}

#endregion

#region Error handling checks

$lookups = 'webext.contoso.com', 'legacy.contoso.com'
foreach ($name in $lookups) {
    try {
        $found = Get-CertByName -Name $name -Inventory $records
        'Found {0} on {1} (expires in {2} days)' -f $found.CommonName, $found.Server, $found.DaysLeft
    }
    catch [System.Management.Automation.RuntimeException] {
        'Lookup failed: {0} [{1}]' -f $_.Exception.Message, $_.CategoryInfo.Category
    }
    finally {
        $script:LookupCount++
    }
}

'2048', '1536', 'big' | ForEach-Object { Test-KeySizeInput -Value $_ }

$load = @{ Certificates = 3 }
Measure-RenewalLoad @load -Admins 2
Measure-RenewalLoad @load -Admins 0

'9FA1ECFF14964438489D565FC733378F919DC73C', '9FA1-ECFF' | Test-Thumbprint -ErrorAction Continue

#endregion

#region Topology

try {
    $pools = @(Get-CsPool -ErrorAction Stop)
    $poolNames = $pools | ForEach-Object { $_.Identity.Split('.')[0] } | Sort-Object
    'Topology: {0} pool(s): {1}' -f $pools.Count, ($poolNames -join ', ')
    $labUses = @(Get-CsCertificate | Select-Object -ExpandProperty Use | Sort-Object)
    'Assigned in the lab: ' + ($labUses -join ', ')
    $notAssigned = $records.Use | Sort-Object -Unique | Where-Object { $_ -notin $labUses }
    'In the inventory only: ' + ($notAssigned -join ', ')
}
catch {
    Write-Warning "Topology not available: $($_.Exception.Message)"
}

#endregion

#region Summary

$compliant = 100 * ($records.Count - @($failures).Count) / $records.Count
$summary = [PSCustomObject]@{
    ReferenceDate = $AsOf.ToString('d MMM yyyy')
    Certificates  = $records.Count
    Expired       = @($records | Where-Object Status -EQ 'Expired').Count
    ExpiringSoon  = ($records | Where-Object { $_.Status -in 'Critical', 'Warning' } | Measure-Object).Count
    Compliant     = '{0:N1}%' -f $compliant
    Lookups       = $script:LookupCount
}
$summary | Format-List

Write-AuditLog -Message 'Audit finished'
$footer = @"
Audit log ($($script:AuditLog.Count) entries):
$($script:AuditLog -join "`n")
"@
$footer
'{0} finished' -f $MyInvocation.MyCommand.Name

#endregion

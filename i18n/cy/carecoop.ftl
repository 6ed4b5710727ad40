# negeseuon Cymraeg carecoop: yr un ids â ../en-GB/carecoop.ftl. Mae GLOSSARY.md yn rhestru'r
# termau a ddewiswyd. Welsh plural categories: zero, one, two, few (3), many (6), other.

## Dyddiadau
month-long-1 = Ionawr
month-long-2 = Chwefror
month-long-3 = Mawrth
month-long-4 = Ebrill
month-long-5 = Mai
month-long-6 = Mehefin
month-long-7 = Gorffennaf
month-long-8 = Awst
month-long-9 = Medi
month-long-10 = Hydref
month-long-11 = Tachwedd
month-long-12 = Rhagfyr
month-short-1 = Ion
month-short-2 = Chwef
month-short-3 = Maw
month-short-4 = Ebr
month-short-5 = Mai
month-short-6 = Meh
month-short-7 = Gorff
month-short-8 = Awst
month-short-9 = Medi
month-short-10 = Hyd
month-short-11 = Tach
month-short-12 = Rhag
weekday-long-1 = Dydd Llun
weekday-long-2 = Dydd Mawrth
weekday-long-3 = Dydd Mercher
weekday-long-4 = Dydd Iau
weekday-long-5 = Dydd Gwener
weekday-long-6 = Dydd Sadwrn
weekday-long-7 = Dydd Sul
weekday-short-1 = Llun
weekday-short-2 = Maw
weekday-short-3 = Mer
weekday-short-4 = Iau
weekday-short-5 = Gwe
weekday-short-6 = Sad
weekday-short-7 = Sul

## Cyfrifon
count-people = { $count ->
    [zero] dim pobl
    [one] { $count } person
    [two] { $count } berson
    [few] { $count } pherson
    [many] { $count } pherson
   *[other] { $count } person
}

## Rhestrau sefydlog (choice-<Math>-<allwedd>)
choice-Format-group = Grŵp
choice-Format-one_to_one = Un-i-un
choice-PriceUnit-per_hour = yr awr
choice-PriceUnit-per_person = y person
choice-ExceptionKind-unavailable = Ddim ar gael
choice-ExceptionKind-extra = Diwrnod ychwanegol ar gael
choice-Paper-pvg = PVG
choice-Paper-insurance = Yswiriant
choice-MeetingKind-agm = Cyfarfod cyffredinol blynyddol
choice-MeetingKind-special = Cyfarfod cyffredinol arbennig
choice-MeetingKind-board = Cyfarfod y bwrdd
choice-Presence-in_person = Wyneb yn wyneb
choice-Presence-online = Ar-lein
choice-Presence-proxy = Drwy ddirprwy
choice-ResolutionKind-ordinary = Cyffredin
choice-ResolutionKind-special = Arbennig
choice-LegalForm-registered_society = Cymdeithas gofrestredig (mae aelodau'n dal cyfranddaliadau)
choice-LegalForm-company_limited_by_guarantee = Cwmni cyfyngedig drwy warant (dim cyfranddaliadau)
choice-Office-chair = Cadeirydd
choice-Office-secretary = Ysgrifennydd
choice-Office-treasurer = Trysorydd
choice-Office-board_member = Aelod o'r bwrdd
choice-LedgerKind-issue = Dyroddi
choice-LedgerKind-withdrawal = Tynnu'n ôl
choice-LedgerKind-transfer = Trosglwyddo
choice-Role-carer = Gofalwr
choice-Role-professional = Gweithiwr proffesiynol
choice-Role-therapist = Therapydd
choice-Role-wellbeing_specialist = Arbenigwr llesiant
choice-Role-befriender = Cyfaill
choice-Role-other = Arall
choice-PvgScope-adults = Oedolion
choice-PvgScope-children = Plant
choice-PvgScope-both = Oedolion a phlant
choice-Need-long_term_condition = Cyflwr hirdymor
choice-Need-mental_health = Iechyd meddwl
choice-Need-lonely_or_isolated = Unig neu ynysig
choice-Need-complex_social_needs = Anghenion cymdeithasol cymhleth
choice-Need-unpaid_carer = Gofalwr di-dâl
choice-SdsOption-sds1 = Opsiwn SDS 1 (taliad uniongyrchol)
choice-SdsOption-sds2 = Opsiwn SDS 2 (cronfa gwasanaeth unigol)
choice-SdsOption-sds3 = Opsiwn SDS 3 (y cyngor sy'n trefnu)
choice-SdsOption-sds4 = Opsiwn SDS 4 (cymysgedd)
choice-GoalStatus-open = Ar agor
choice-GoalStatus-achieved = Wedi'i gyflawni
choice-GoalStatus-dropped = Wedi'i ollwng
choice-ContactKind-phone = Ffôn
choice-ContactKind-visit = Ymweliad
choice-ContactKind-meeting = Cyfarfod
choice-ContactKind-message = Neges
choice-ReferralSource-self = Hunanatgyfeirio
choice-ReferralSource-gp = Meddyg teulu
choice-ReferralSource-community_nurse = Nyrs gymunedol
choice-ReferralSource-social_services = Gwasanaethau cymdeithasol
choice-ReferralSource-carer_family = Gofalwr neu deulu
choice-ReferralSource-community_organisation = Sefydliad cymunedol
choice-ReferralSource-other = Arall
choice-Urgency-routine = Arferol
choice-Urgency-soon = Cyn bo hir
choice-Urgency-urgent = Brys
choice-ReferralStatus-new = Newydd
choice-ReferralStatus-contacted = Cysylltwyd
choice-ReferralStatus-assessed = Aseswyd
choice-ReferralStatus-matched = Wedi'i baru
choice-ReferralStatus-active = Yn weithredol
choice-ReferralStatus-completed = Wedi'i gwblhau
choice-ReferralStatus-declined = Wedi gwrthod
choice-ReferralStatus-did_not_engage = Heb ymgysylltu
choice-ReferralStatus-closed = Wedi cau
choice-Attendance-expected = Heb ei nodi eto
choice-Attendance-attended = Yn bresennol
choice-Attendance-did_not_attend = Heb fynychu
choice-Attendance-cancelled_by_person = Canslwyd gan y person
choice-Attendance-cancelled_by_member = Canslwyd gan yr aelod
choice-Repeat-weekly = Wythnosol
choice-Repeat-fortnightly = Bob pythefnos
choice-Timepoint-before = Cyn
choice-Timepoint-during = Yn ystod
choice-Timepoint-after = Ar ôl
choice-ChangeCategory-improved = Wedi gwella
choice-ChangeCategory-no_change = Dim newid ystyrlon
choice-ChangeCategory-declined = Wedi gwaethygu
choice-ChangeCategory-in_progress = Ar y gweill
choice-Instrument-WEMWBS = WEMWBS
choice-Instrument-SWEMWBS = SWEMWBS
choice-Instrument-ONS4 = ONS4

## report/letter.rs: y llythyr canlyniad at y meddyg teulu
letter-unavailable = Nid oes llythyr canlyniad ar gael: nid yw { $name } wedi rhoi caniatâd i rannu canlyniadau â'r atgyfeiriwr a'r meddyg teulu.
letter-doc-title = Canlyniad atgyfeiriad presgripsiynu cymdeithasol: { $reference }
letter-title = Canlyniad atgyfeiriad presgripsiynu cymdeithasol
letter-re = { $name } (cyf. { $reference })
letter-re-born = { $name } (cyf. { $reference }), ganwyd { $born }
letter-field-date = Dyddiad
letter-field-to = At
letter-field-re = Ynghylch
letter-referred-on = Atgyfeiriwyd ar { $date }; ffynhonnell yr atgyfeiriad: { $source }.
letter-reason = Rheswm dros yr atgyfeiriad: { $reasons }
letter-field-outcome = Canlyniad
letter-outcome-since = { $status } (ers { $date })
letter-field-activities = Gweithgareddau a ddechreuwyd
letter-activities-none = dim eto
letter-field-sessions = Sesiynau a fynychwyd
letter-sessions-attended = { $attended } o'r { $booked } a drefnwyd hyd yma
letter-scores = { $measure }: { $before } cyn, { $after } ar ôl, newid o { $change }: { $category } (mae newid o { $threshold } pwynt neu fwy yn ystyrlon).
letter-scores-start = { $measure }: { $before } ar y dechrau; dim sgôr ar y diwedd eto.
letter-chart-alt = Sgorau { $measure } dros amser, gyda'r sesiynau a fynychwyd
letter-not-diagnosis = Mae sgorau llesiant yn disgrifio sut roedd y person yn teimlo; nid ydynt yn ddiagnosis nac yn ganlyniad sgrinio.
letter-link-worker = Gweithiwr cyswllt: { $name }
letter-consent-agreed = Cytunodd { $name } ar { $date } y caiff y canlyniad hwn ei rannu.

## Cragen yr ap: llywio, y bar uchaf, y bar statws, gwallau (ui/app, ui/state)
nav-members = Aelodau
nav-people = Pobl
nav-calendar = Calendr
nav-planning = Cynllunio
nav-wellbeing = Llesiant
nav-reports = Adroddiadau
nav-coop = Cydweithfa
nav-settings = Gosodiadau
app-theme-light = Thema olau
app-theme-dark = Thema dywyll
app-saved-file = Wedi cadw { $path }
app-save-file-failed = Methu cadw { $path }: { $error }
app-error-not-saved = Heb ei gadw: { $error }
app-error-not-noted = Heb ei nodi yn y trywydd archwilio: { $error }
app-error-form-kept = { $message } (mae'r ffurflen ar agor eto fel y gwnaethoch ei theipio)
app-demo-not-written = Methu ysgrifennu'r gydweithfa enghreifftiol: { $error }
app-demo-written = Y gydweithfa enghreifftiol wedi'i hysgrifennu i { $path }
app-demo-badge = Cydweithfa enghreifftiol
app-demo-leave = Gadael yr enghraifft
app-demo-refresh = Adnewyddu'r enghraifft
app-demo-refresh-hint = Ysgrifennu'r enghraifft eto, gyda dyddiadau o gwmpas heddiw
app-team-connected = Gweinydd tîm, wedi cysylltu fel { $user }{ $readonly }
app-team-lost = Gweinydd tîm, collwyd y cysylltiad, yn ailgysylltu fel { $user }{ $readonly }
app-team-connecting = Gweinydd tîm, yn cysylltu fel { $user }{ $readonly }
app-team-read-only = {" "}(darllen yn unig)
app-saving = Yn cadw...
app-data-file = Ffeil ddata: { $location }
app-data = Data: { $location }
app-dismiss = Diystyru
app-errors-more = ({ $count } arall)
app-redo-named = Ail-wneud: { $action }
app-undo-named = Dadwneud: { $action }
app-nothing-to-undo = Dim i'w ddadwneud
app-nothing-to-redo = Dim i'w ail-wneud
app-too-large-to-undo = { $notice } (rhy fawr i'w ddadwneud)
app-chart-empty = Dim i'w ddangos ar siart eto.
app-table-sort-by = Trefnu yn ôl { $column }
app-window-failed = ni ellid agor y ffenestr: { $error }
app-welcome-title = Croeso i carecoop
app-welcome-server-empty = Nid oes cydweithfa yn y gronfa ddata hon ar weinydd y gydweithfa eto.
app-welcome-intro = Aelodau, pobl, atgyfeiriadau, sesiynau a llesiant eich cydweithfa, mewn un ffeil ar y cyfrifiadur hwn.
app-welcome-start = Dechrau cydweithfa wag
app-welcome-keeps-in = Yn cadw eich cofnodion yn { $path }
app-welcome-explore = Archwilio'r gydweithfa enghreifftiol
app-welcome-demo-about = Cydweithfa ddychmygol yn Swydd Perth, yn ei ffeil ei hun ({ $path }) a byth yn gymysg â'ch data chi.
app-welcome-team = Gweithio gyda'ch tîm ar un llwyth achosion a rennir (modd tîm).
app-cannot-open-title = Ni ellir agor y ffeil ddata hon
app-cannot-open-help = Ni newidiwyd dim yn y ffeil. Caewch y ffenestr arall, neu dechreuwch carecoop gyda --data FILE i agor ffeil arall.
app-conflict-title = Mae rhywun arall wedi newid hwn
app-conflict-gone = Nid yw'n bodoli mwyach, felly nid oes dim i gadw drosto.
app-conflict-hidden-fields = Mae eu newid mewn meysydd nad yw'r ffurflen hon yn eu dangos.
app-conflict-field = Maes
app-conflict-theirs = Eu fersiwn nhw (wedi'i chadw)
app-conflict-yours = Eich fersiwn chi (heb ei chadw)
app-conflict-keep-theirs = Cadw eu fersiwn nhw
app-conflict-keep-theirs-hint = Dangos y cofnod fel y mae wedi'i gadw nawr
app-conflict-on-top = Rhoi fy newidiadau i ar ei ben
app-conflict-on-top-hint = Cadw eu fersiwn nhw gyda'r meysydd a newidiwyd gennych chi wedi'u gosod i'ch gwerthoedd chi; mae'r meysydd a newidiwyd ganddyn nhw yn unig yn cadw eu gwerthoedd nhw

## Modd tîm: cysylltu â gweinydd y gydweithfa (ui/team_ui)
team-connect-title = Cysylltu â gweinydd y gydweithfa
team-connect-help = Gofynnwch i gydlynydd eich cydweithfa am y rhain. Nid yw'r cyfrinair yn cael ei gadw ar y cyfrifiadur hwn.
team-server = Gweinydd
team-port = Porth
team-database = Cronfa ddata
team-user = Enw defnyddiwr
team-user-hint = eich enw mewngofnodi
team-password = Cyfrinair
team-tls = Amgryptio'r cysylltiad (TLS)
team-connect = Cysylltu
team-cancel = Canslo
team-field-required = Rhaid llenwi'r maes { $field }
team-field-bad-chars = Ni all y maes { $field } ('{ $value }') gynnwys bylchau nac unrhyw un o / @ ? #
team-bad-port = Nid yw '{ $value }' yn rhif porth
team-connecting-to = Yn cysylltu â { $server }...
team-loading = Yn llwytho'r gydweithfa o'r gweinydd...
team-records-read = { $count ->
    [zero] Dim cofnodion wedi'u darllen (nawr: { $what })
    [one] { $count } cofnod wedi'i ddarllen (nawr: { $what })
    [two] { $count } gofnod wedi'u darllen (nawr: { $what })
    [few] { $count } chofnod wedi'u darllen (nawr: { $what })
    [many] { $count } chofnod wedi'u darllen (nawr: { $what })
   *[other] { $count } cofnod wedi'u darllen (nawr: { $what })
}
team-cannot-reach = Methu cyrraedd gweinydd y gydweithfa
team-retry-in = { $count ->
    [zero] Rhoi cynnig arall ar unwaith.
    [one] Rhoi cynnig arall ymhen { $count } eiliad.
    [two] Rhoi cynnig arall ymhen { $count } eiliad.
    [few] Rhoi cynnig arall ymhen { $count } eiliad.
    [many] Rhoi cynnig arall ymhen { $count } eiliad.
   *[other] Rhoi cynnig arall ymhen { $count } eiliad.
}
team-try-now = Rhoi cynnig nawr
team-cannot-use = Ni ellir defnyddio gweinydd y gydweithfa
team-nothing-changed = Ni newidiwyd dim ar y gweinydd.
team-lost = Collwyd y cysylltiad â gweinydd y gydweithfa.
team-lost-detail = Yn dangos y gydweithfa fel yr oedd; ni ellir cadw newidiadau nes i'r cysylltiad ddod yn ôl. Rhoi cynnig arall ymhen { $count } eiliad.

## Amddiffyn: y sgrin datgloi, yr allwedd adfer, Gosodiadau → Cyfrinymadrodd
protect-locked-title = Mae'r ffeil ddata hon wedi'i hamddiffyn
protect-locked-help = Mae { $path } wedi'i hamddiffyn â chyfrinymadrodd. Teipiwch ef, neu'r allwedd adfer, i'w hagor.
protect-secret-label = Cyfrinymadrodd neu allwedd adfer
protect-open = Agor
protect-wrong-secret = Nid dyna gyfrinymadrodd nac allwedd adfer y ffeil hon. Ni newidiwyd dim.
protect-recovery-title = Cadwch yr allwedd adfer hon
protect-recovery-help = Mae'r ffeil wedi'i hamddiffyn. Os bydd y cyfrinymadrodd yn mynd yn angof rywbryd, bydd yr allwedd hon yn agor y ffeil yn lle hynny. Dim ond nawr y caiff ei dangos: argraffwch hi neu ysgrifennwch hi, a'i chadw ar wahân i'r cyfrifiadur hwn.
protect-copy-key = Copïo'r allwedd
protect-kept-key = Rydw i wedi'i chadw
protect-too-short = Mae angen o leiaf 8 nod mewn cyfrinymadrodd (ychydig o eiriau yw'r hawsaf i'w cofio).
protect-differ = Mae'r ddau gyfrinymadrodd yn wahanol.
protect-heading = Cyfrinymadrodd
protect-is-protected = Mae'r ffeil hon wedi'i hamddiffyn: mae pob cofnod ynddi wedi'i selio, ac mae carecoop yn gofyn am y cyfrinymadrodd (neu'r allwedd adfer) pan fydd yn agor y ffeil.
protect-new = Cyfrinymadrodd newydd
protect-new-again = Cyfrinymadrodd newydd eto
protect-change = Newid y cyfrinymadrodd
protect-remove-word = tynnu
protect-remove-prompt = Teipiwch "{ $word }" i dynnu'r cyfrinymadrodd
protect-remove = Tynnu'r cyfrinymadrodd
protect-offer = Amddiffynnwch y ffeil hon â chyfrinymadrodd: os caiff y cyfrifiadur ei golli neu ei ddwyn, ni all neb ddarllen y cofnodion ynddi heb y cyfrinymadrodd neu'r allwedd adfer a ddangosir pan fyddwch yn ei hamddiffyn.
protect-passphrase = Cyfrinymadrodd
protect-passphrase-again = Cyfrinymadrodd eto
protect-do-protect = Amddiffyn y ffeil hon â chyfrinymadrodd

## Trywydd archwilio (Gosodiadau → Trywydd archwilio)
audit-col-when = Pryd
audit-col-user = Defnyddiwr
audit-col-action = Gweithred
audit-col-kind = Math
audit-col-record = Cofnod
audit-col-detail = Manylion
audit-detail-person = person { $person }
audit-detail-person-and = person { $person }; { $detail }
audit-bad-date = { $field }: nid yw '{ $value }' yn ddyddiad fel 2026-12-02
audit-intro = Pob newid, a phob tro yr agorodd neu yr allforiodd rhywun gofnod person, gyda phwy a phryd. Mae'r eitemau'n dal cyfeirnodau a dynodyddion yn unig, byth yr hyn y mae cofnod yn ei ddweud.
audit-person = Person
audit-from = O
audit-to = I
audit-from-picker = Dechrau'r archwiliad
audit-to-picker = Diwedd yr archwiliad
audit-clear-filters = Clirio'r hidlwyr
audit-none = Dim eitemau'n cyfateb.
audit-newest = Y { $count } eitem fwyaf diweddar sy'n cyfateb; culhewch yr hidlwyr i weld rhai hŷn.
audit-matching = { $count ->
    [zero] Dim eitemau'n cyfateb.
    [one] { $count } eitem sy'n cyfateb.
    [two] { $count } eitem sy'n cyfateb.
    [few] { $count } eitem sy'n cyfateb.
    [many] { $count } eitem sy'n cyfateb.
   *[other] { $count } eitem sy'n cyfateb.
}
audit-read-failed = Methu darllen y trywydd archwilio: { $error }

## Copïau wrth gefn (Gosodiadau → Copïau wrth gefn, a chopïau'r ffenestr ei hun)
backups-not-taken-today = Ni wnaed copi wrth gefn heddiw: { $error }
backups-backed-up-to = Copi wrth gefn wedi'i wneud yn { $path }
backups-not-written = Ni ysgrifennwyd y copi wrth gefn: { $error }
backups-settings-saved = Gosodiadau copïau wrth gefn wedi'u cadw
backups-none-taken = Ni wnaed copi wrth gefn: { $error }
backups-backing-up = Yn gwneud copi wrth gefn...
backups-restored-from = Wedi adfer o { $path }
backups-restored-erased-again = Wedi adfer o { $path }; wedi dileu eto: { $references }
backups-nothing-restored = Ni adferwyd dim: { $error }
backups-stopped = daeth y copi wrth gefn i ben yn annisgwyl
backups-bad-daily = Nid yw '{ $value }' yn nifer o gopïau dyddiol rhwng 1 a 365
backups-bad-weekly = Nid yw '{ $value }' yn nifer o gopïau wythnosol rhwng 1 a 365
backups-server = Cedwir copïau wrth gefn ar gyfer ffeil ddata ar y cyfrifiadur hwn. Gweinyddwr y gweinydd sy'n gwneud copi wrth gefn o gydweithfa ar weinydd (pg_dump).
backups-intro = Mae carecoop yn gwneud copi wrth gefn o'r ffeil ddata y tro cyntaf y caiff ei hagor bob dydd a phan fydd y ffenestr yn cau: copi cyson, wedi'i amddiffyn â'r un cyfrinymadrodd â'r ffeil.
backups-folder = Ffolder copïau wrth gefn
backups-folder-hint = Gwag: ffolder o'r enw backups wrth ymyl y ffeil ddata. Mae cof bach USB neu ffolder ar y rhwydwaith yn gweithio hefyd.
backups-keep-daily = Cadw copïau dyddiol
backups-keep-weekly = Cadw copïau wythnosol
backups-save-settings = Cadw'r gosodiadau copïau wrth gefn
backups-back-up-now = Gwneud copi wrth gefn nawr...
backups-in-folder = Copïau wrth gefn yn { $folder }
backups-none-yet = Dim un eto.
backups-restore-taken = Adfer { $taken }...
backups-restore-from-file = Adfer o gopi wrth gefn...
backups-file-filter = Copi wrth gefn carecoop
backups-confirm-title = Adfer y copi wrth gefn { $taken }?
backups-confirm-help = Bydd y copi wrth gefn yn disodli'r ffeil ddata. Caiff y ffeil fel y mae nawr ei chadw fel copi wrth gefn yn gyntaf, a chaiff unrhyw un a ddilëwyd ers gwneud y copi wrth gefn ei ddileu eto.
backups-passphrase = Cyfrinymadrodd (neu allwedd adfer) y copi wrth gefn
backups-read = Darllen y copi wrth gefn
backups-in-backup = Yn y copi wrth gefn
backups-in-file-now = Yn y ffeil nawr
backups-restore = Adfer
backups-cancel = Canslo

## Golwg Aelodau (src/ui/views/members)
members-unknown-activity = (gweithgaredd anhysbys)
members-title = Aelodau
members-title-detail = { $active ->
        [zero] dim aelodau gweithredol
        [one] { $active } aelod gweithredol
        [two] { $active } aelod gweithredol
        [few] { $active } aelod gweithredol
        [many] { $active } aelod gweithredol
       *[other] { $active } aelod gweithredol
    }, { $chase ->
        [zero] dim un â phapurau i'w dilyn
       *[other] { $chase } â phapurau i'w dilyn
    }
members-tab-roster = Rhestr aelodau
members-tab-activities = Catalog gweithgareddau
members-tab-compliance = Cydymffurfiaeth ({ $count })
members-add-member = Ychwanegu aelod
members-import-members = Mewnforio aelodau...
members-add-activity = Ychwanegu gweithgaredd
members-import-activities = Mewnforio gweithgareddau...
members-col-activity = Gweithgaredd
members-col-category = Categori
members-col-format = Fformat
members-col-places = Lleoedd
members-col-venue = Lleoliad
members-col-length = Hyd
members-col-price = Pris
members-col-delivered-by = Darperir gan
members-archived-name = { $name } (wedi'i archifo)
members-minutes = { $minutes } munud
members-givers = { $count ->
        [zero] dim aelodau
        [one] { $count } aelod
        [two] { $count } aelod
        [few] { $count } aelod
        [many] { $count } aelod
       *[other] { $count } aelod
    }
members-show-archived-activities = Dangos gweithgareddau wedi'u harchifo
members-no-activities = Dim gweithgareddau eto. Defnyddiwch Ychwanegu gweithgaredd, neu Mewnforio gweithgareddau... i lwytho ffeil CSV.
members-warn-window = Rhybuddio am bapurau sy'n dod i ben o fewn (diwrnodau)
members-all-in-date = Mae gwiriad PVG ac yswiriant pob aelod gweithredol yn ddilys y tu hwnt i gyfnod y rhybudd.
members-col-member = Aelod
members-col-paper = Papur
members-col-state = Cyflwr
members-open-member = Agor yr aelod hwn
members-err-not-whole-number = Nid yw '{ $text }' yn rhif cyfan
members-err-not-whole-minutes = Nid yw '{ $text }' yn nifer cyfan o funudau
members-new-activity = Gweithgaredd newydd
members-save-activity = Cadw'r gweithgaredd
members-close = Cau
members-restore-activity = Adfer y gweithgaredd
members-archive-activity = Archifo'r gweithgaredd
members-not-saved = Heb ei gadw: cywirwch y meysydd sydd wedi'u marcio isod.
members-activity-name = Enw'r gweithgaredd
members-capacity = Nifer y lleoedd
members-village = Pentref
members-default-length = Hyd arferol (munudau)
members-usual-price = Pris arferol (£)
members-price-per = Pris fesul
members-who-deliver = Aelodau sy'n ei ddarparu
members-no-giver = Nid oes unrhyw aelod yn cynnig y gweithgaredd hwn eto.
members-err-required = yn ofynnol
members-err-not-whole-miles = Nid yw '{ $text }' yn nifer cyfan o filltiroedd
members-new-member = Aelod newydd
members-archived-note = Wedi'i archifo: nid yw yn y rhestr aelodau, ond mae'n cael ei gadw gyda'i sesiynau.
members-save-member = Cadw'r aelod
members-restore-member = Adfer yr aelod
members-archive-member = Archifo'r aelod
members-export-calendar = Allforio calendr...
members-name = Enw
members-role = Rôl
members-hourly-rate = Cyfradd yr awr (£)
members-villages-served = Pentrefi a wasanaethir
members-furthest-travel = Teithio pellaf (milltiroedd)
members-phone = Ffôn
members-email = E-bost
members-pvg-number = Rhif PVG
members-pvg-scope = Cwmpas PVG
members-unknown = Anhysbys
members-pvg-issued = Dyddiad cyhoeddi PVG
members-pvg-expiry = Dyddiad dod i ben PVG
members-insurer = Yswiriwr
members-insurance-expiry = Dyddiad dod i ben yr yswiriant
members-qualifications = Cymwysterau
members-joined = Ymunodd
members-coop-membership = Aelodaeth o'r gydweithfa
members-admitted-once-saved = Caiff ei dderbyn yng ngolwg y Gydweithfa ar ôl ei gadw
members-register-since = { $class } ers { $date } (golwg y Gydweithfa)
members-register-ceased = Daeth i ben { $date } (golwg y Gydweithfa)
members-not-on-register = Ddim ar y gofrestr: derbyniwch nhw yng ngolwg y Gydweithfa
members-notes = Nodiadau
members-activities-offered = Gweithgareddau a gynigir
members-no-catalogue = Dim gweithgareddau yn y catalog eto.
members-dates-hint = Ysgrifennir dyddiadau fel 2026-03-31.
members-col-activities = Gweithgareddau
members-col-villages = Pentrefi
members-col-rate = Cyfradd
members-col-pvg = PVG
members-col-insurance = Yswiriant
members-search = Chwilio aelodau
members-search-hint = Enw, gweithgaredd neu bentref
members-any-role = Unrhyw rôl
members-any-activity = Unrhyw weithgaredd
members-any-village = Unrhyw bentref
members-show-archived = Dangos rhai wedi'u harchifo
members-tab-details = Manylion
members-tab-availability = Argaeledd
members-no-members = Dim aelodau eto. Defnyddiwch Ychwanegu aelod, neu Mewnforio aelodau... i lwytho ffeil CSV.
members-no-match = Nid oes unrhyw aelod yn cyfateb i'r chwiliad a'r hidlyddion.
members-err-range-order = { $day } { $start }-{ $end }: rhaid iddo orffen ar ôl iddo ddechrau
members-err-not-times = { $day }: nid yw '{ $start }' i '{ $end }' yn amseroedd fel 09:30
members-err-dates-order = { $from } i { $to }: mae'n gorffen cyn iddo ddechrau
members-err-not-dates = Nid yw '{ $from }' i '{ $to }' yn ddyddiadau fel 2026-12-24
members-err-most-hours = Uchafswm oriau'r wythnos: nid yw '{ $text }' yn rhif cyfan
members-weekly-availability = Argaeledd wythnosol
members-day-from = { $day } o
members-to = i
members-day-to = { $day } i
members-remove-time = Tynnu'r amser hwn
members-add-time = Ychwanegu amser: { $day }
members-exceptions = Eithriadau
members-from = O
members-first-day-away = Diwrnod cyntaf i ffwrdd
members-last-day-away = Diwrnod olaf i ffwrdd
members-kind = Math
members-remove-exception = Tynnu'r eithriad hwn
members-add-exception = Ychwanegu eithriad
members-most-hours = Uchafswm oriau'r wythnos
members-save-availability = Cadw'r argaeledd

## report/pack.rs: y pecyn i'r cyllidwr
pack-person-n = Person { $number }
pack-doc-title = { $fund }: adroddiad i { $funder }
pack-intro = Adroddiad i { $funder } am y cyfnod { $from } i { $to }. Paratowyd ar { $today } gyda carecoop.
pack-heading-referred = Pwy a atgyfeiriwyd, ac o ble
pack-people-took-part = { $count ->
    [zero] Ni chymerodd neb ran mewn sesiynau y talodd y gronfa hon amdanynt.
    [one] Cymerodd { $count } person ran mewn sesiynau y talodd y gronfa hon amdanynt.
    [two] Cymerodd { $count } berson ran mewn sesiynau y talodd y gronfa hon amdanynt.
    [few] Cymerodd { $count } pherson ran mewn sesiynau y talodd y gronfa hon amdanynt.
    [many] Cymerodd { $count } pherson ran mewn sesiynau y talodd y gronfa hon amdanynt.
   *[other] Cymerodd { $count } o bobl ran mewn sesiynau y talodd y gronfa hon amdanynt.
}
pack-col-referral-source = Ffynhonnell yr atgyfeiriad
pack-col-people = Pobl
pack-referrals-chart-title = Eu hatgyfeiriadau fesul mis a ffynhonnell
pack-referrals-chart-alt = Eu hatgyfeiriadau fesul mis a ffynhonnell, siart bar wedi'i bentyrru
pack-heading-activities = Gweithgareddau a ddarparwyd
pack-col-activity = Gweithgaredd
pack-col-sessions = Sesiynau
pack-col-hours = Oriau
pack-col-places-attended = Lleoedd a fynychwyd
pack-col-places-booked = Lleoedd a drefnwyd (a aeth heibio)
pack-heading-attendance = Presenoldeb
pack-attendance = Mynychwyd { $attended } o'r { $expected } lle a drefnwyd ({ $rate }%). Nid yw lleoedd a ganslwyd gan aelod yn cael eu cyfrif yn erbyn pobl.
pack-heading-spend = Gwariant yn erbyn y gyllideb
pack-col-budget = Cyllideb
pack-col-spent-period = Gwariwyd yn y cyfnod hwn
pack-col-spent-to-date = Gwariwyd hyd yma
pack-col-committed = Wedi'i ymrwymo
pack-col-remaining = Yn weddill
pack-burn-title = { $fund }: y gyllideb sy'n weddill
pack-burn-alt = Y gyllideb sy'n weddill i { $fund } dros ei chyfnod
pack-heading-wellbeing = Canlyniadau llesiant
pack-wellbeing-line = { $measure }: { $headline }, { $no_change } heb newid ystyrlon, { $declined } wedi gwaethygu; { $in_progress } yn dal ar y gweill.
pack-mean-change = {" "}Newid cymedrig { $change }
pack-ci95 = {" "}(cyfwng hyder 95%: { $low } i { $high })
pack-slope-title = { $measure }: cyn ac ar ôl
pack-slope-alt = { $measure }: sgôr pob person cyn ac ar ôl
pack-col-person = Person
pack-col-before = Cyn
pack-col-after = Ar ôl
pack-col-change = Newid
pack-col-result = Canlyniad
pack-heading-method = Dull
pack-method = Y sesiynau yw'r rhai yn y cyfnod y talodd y gronfa hon am o leiaf un lle ynddynt. Mae lle'n costio pris y pen y gweithgaredd, neu gyfradd yr awr yr aelod am hyd y sesiwn wedi'i rhannu rhwng ei lleoedd; nid yw sesiynau a ganslwyd na lleoedd a ganslwyd yn costio dim, ond mae lle a gollwyd gan y person yn dal i gostio am fod yr aelod yn bresennol. Caiff llesiant ei fesur â WEMWBS (14 eitem, sgôr o 14 i 70) neu SWEMWBS (7 eitem, sgôr crai o 7 i 35 wedi'i drosi'n sgôr metrig), gan gymharu sgôr cyntaf pob person cyn y cymorth â'i sgôr olaf ar ôl. Mae newid o { $wemwbs } pwynt WEMWBS neu { $swemwbs } pwynt SWEMWBS o leiaf yn cyfrif yn newid ystyrlon. Nid yw WEMWBS yn offeryn sgrinio na diagnostig. Mae Warwick yn cynghori bod angen o leiaf 30 o bobl â dau bwynt amser cyn dod i gasgliadau. { $names }
pack-names-included = Mae'r copi hwn yn cynnwys enwau: rhannwch ef â phobl sydd â hawl i'w gweld yn unig.
pack-names-not-included = Nid yw pobl yn cael eu henwi yn yr adroddiad hwn.
pack-copyright = WEMWBS © NHS Health Scotland, Prifysgol Warwick a Phrifysgol Caeredin, 2006; SWEMWBS 2008.

## golwg y gydweithfa (coop-)
coop-title = Cydweithfa
coop-title-detail = { $form }, { $count ->
    [zero] dim aelodau
    [one] { $count } aelod
    [two] { $count } aelod
    [few] { $count } aelod
    [many] { $count } aelod
   *[other] { $count } aelod
}
coop-tab-register = Cofrestr
coop-tab-shares = Cyfranddaliadau
coop-tab-meetings = Cyfarfodydd
coop-pdf-not-made = Ni chafodd y PDF ei wneud: { $error }
coop-shares-choose-member = Dewiswch yr aelod
coop-shares-give-date = Rhowch y dyddiad
coop-shares-not-number = Nid yw '{ $text }' yn nifer o gyfranddaliadau (1 neu fwy)
coop-shares-choose-receiver = Dewiswch pwy sy'n cael y cyfranddaliadau
coop-shares-no-shares = Ffurf gyfreithiol y gydweithfa yw { $form }: nid yw ei haelodau'n dal cyfranddaliadau. (Gosodiadau, ffurf gyfreithiol.)
coop-shares-summary = Cyfranddaliadau a ddelir: { $held }; a dalwyd: { $paid }; sef cyfanswm y cyfriflyfr isod, fel y mae'r gofrestr yn ei ddangos.
coop-shares-record-shares = Cofnodi cyfranddaliadau
coop-ledger-date = Dyddiad
coop-ledger-what = Beth
coop-ledger-member = Aelod
coop-ledger-how-many = Faint
coop-ledger-amount = Swm
coop-ledger-note = Nodyn
coop-ledger-removed = (wedi'i dynnu o'r gofrestr)
coop-ledger-from-to = { $from } i { $to }
coop-ledger-choose-member = Dewiswch aelod
coop-ledger-to = I
coop-ledger-choose-receiver = Dewiswch pwy sy'n eu cael
coop-ledger-date-picker = Dyddiad yn y cyfriflyfr
coop-ledger-shares = Cyfranddaliadau
coop-ledger-amount-pounds = Swm (£)
coop-ledger-amount-hint = ar bris y dosbarth
coop-ledger-record = Cofnodi
coop-ledger-cancel = Canslo
coop-register-required = mae angen hwn
coop-register-office-dates = { $office }: rhowch y dyddiadau ar ffurf BBBB-MM-DD
coop-register-name = Enw
coop-register-class = Dosbarth
coop-register-admitted = Derbyniwyd
coop-register-ceased = Daeth i ben
coop-register-offices = Swyddi
coop-register-shares-held = Cyfranddaliadau a ddelir
coop-register-paid = Wedi talu
coop-register-empty = Does neb ar y gofrestr eto: derbyniwch yr aelodau cyntaf uchod.
coop-register-admit-member = Derbyn aelod
coop-register-worker-to-admit = Gweithiwr i'w dderbyn
coop-register-choose-worker = Dewiswch weithiwr
coop-register-admit-worker = Derbyn y gweithiwr hwn
coop-register-include-former = Cynnwys cyn-aelodau
coop-register-export-what = cofrestr yr aelodau
coop-register-pdf = Cofrestr (PDF)...
coop-register-link-worker = Gweithiwr ar y rota.
coop-register-link-person = Person a gefnogir gan y gydweithfa (neu ei ofalwr).
coop-register-link-supporter = Heb ei gysylltu â gweithiwr nac â chofnodion gofal unrhyw un.
coop-register-postal-address = Cyfeiriad post
coop-register-email = E-bost
coop-register-email-for = E-bost wedi'i roi ar gyfer
coop-register-ceased-reason = Pam y daeth i ben
coop-register-loans = Benthyciadau neu eiddo arall a ddelir
coop-register-office = Swydd
coop-register-from = O
coop-register-office-from = Swydd o
coop-register-until = Tan
coop-register-office-until = Swydd tan
coop-register-remove-office = Tynnu'r swydd
coop-register-add-office = Ychwanegu swydd
coop-register-admit = Derbyn
coop-register-save-entry = Cadw'r cofnod
coop-register-close = Cau
coop-register-kept-until = Cedwir cofnod cyn-aelod am { $years ->
    [one] { $years } flwyddyn
    [two] { $years } flynedd
   *[other] { $years } o flynyddoedd
} ar ôl i'w aelodaeth ddod i ben (rheolau'r gydweithfa): tan { $date }.
coop-register-remove = Tynnu o'r gofrestr
coop-meeting-date-error = Dyddiad: { $error }
coop-meeting-give-date = Rhowch ddyddiad y cyfarfod
coop-meeting-notice-error = Rhybudd wedi'i roi: { $error }
coop-meetings-notice-enough = Digon
coop-meetings-notice-not-needed = Dim angen
coop-meetings-present-quorum = { $present } (cworwm { $quorum })
coop-meetings-put-passed = { $put } wedi'u cynnig, { $passed } wedi'u pasio
coop-meetings-new = Ychwanegu { $kind }
coop-meetings-none = Does dim cyfarfodydd wedi'u cofnodi eto.
coop-meetings-col-meeting = Cyfarfod
coop-meetings-col-present = Yn bresennol
coop-meetings-col-resolutions = Penderfyniadau
coop-meetings-col-notice = Rhybudd
coop-meetings-open = Agor y cyfarfod hwn
coop-meeting-new-title = Newydd: { $title }
coop-meeting-save-meeting = Cadw'r cyfarfod
coop-meeting-save-changes = Cadw'r newidiadau
coop-meeting-pack-pdf = Pecyn y cyfarfod (PDF)...
coop-meeting-minutes-pdf = Cofnodion (PDF)...
coop-meeting-close = Cau'r cyfarfod
coop-meeting-attendance = Presenoldeb: { $present } yn bresennol; y cworwm yw { $quorum }: { $state }
coop-meeting-quorate = mae cworwm
coop-meeting-not-quorate = dim cworwm
coop-meeting-minutes = Cofnodion
coop-meeting-minutes-text = Testun y cofnodion
coop-meeting-kind = Math
coop-meeting-date = Dyddiad
coop-meeting-date-picker = Dyddiad y cyfarfod
coop-meeting-notice = Rhybudd wedi'i roi
coop-meeting-notice-picker = Dyddiad y rhybudd
coop-meeting-place = Lleoliad
coop-meeting-online = Ar-lein hefyd
coop-meeting-find-member = Dod o hyd i aelod
coop-meeting-find-hint = Rhan o enw
coop-meeting-how-took-part = Sut y cymerodd { $name } ran
coop-meeting-proxy-hint = Dirprwy yn nwylo
coop-meeting-proxy-holder = Pwy oedd yn dal dirprwy { $name }
coop-meeting-resolutions = Penderfyniadau
coop-meeting-resolution = Penderfyniad { $n }
coop-meeting-resolution-kind = Math penderfyniad { $n }
coop-meeting-proposed-by = Cynigiwyd penderfyniad { $n } gan
coop-meeting-seconded-by = Eiliwyd penderfyniad { $n } gan
coop-meeting-no-one-recorded = Neb wedi'i gofnodi
coop-meeting-remove-resolution = Tynnu penderfyniad { $n }
coop-meeting-add-resolution = Ychwanegu penderfyniad
coop-meeting-tally-for = { $label } o blaid
coop-meeting-tally-against = { $label } yn erbyn
coop-meeting-tally-abstaining = { $label } yn ymatal
coop-meeting-votes-label = Pleidleisiau penderfyniad { $n }
coop-meeting-votes-not-yet = Heb bleidleisio eto
coop-meeting-votes-total = Cyfanswm
coop-meeting-votes-by-class = Yn ôl dosbarth
coop-meeting-votes = Pleidleisiau

## rheolau'r gydweithfa, yn y Gosodiadau (coop-rules-)
coop-rules-not-whole-shares = Nid yw '{ $text }' yn nifer cyfan o gyfranddaliadau
coop-rules-not-whole-votes = Nid yw '{ $text }' yn nifer cyfan o bleidleisiau
coop-rules-not-whole-days = Nid yw '{ $text }' yn nifer cyfan o ddiwrnodau
coop-rules-not-whole-members = Nid yw '{ $text }' yn nifer cyfan o aelodau
coop-rules-not-whole-per-cent = Nid yw '{ $text }' yn ganran gyfan
coop-rules-not-whole-officers = Nid yw '{ $text }' yn nifer cyfan o swyddogion
coop-rules-not-whole-years = Nid yw '{ $text }' yn nifer cyfan o flynyddoedd
coop-rules-heading = Rheolau'r gydweithfa
coop-rules-legal-form = Ffurf gyfreithiol
coop-rules-notice = Rhybudd o gyfarfod cyffredinol (diwrnodau clir)
coop-rules-quorum-members = Cworwm: o leiaf y nifer hwn o aelodau
coop-rules-quorum-percent = Cworwm: ac o leiaf y % hwn o aelodau
coop-rules-board-quorum = Cworwm y bwrdd (swyddogion)
coop-rules-majority = Mwyafrif penderfyniad arbennig (%)
coop-rules-keep-years = Cadw cofnod cyn-aelod (blynyddoedd)
coop-rules-classes = Dosbarthiadau aelodaeth
coop-rules-class-name = Enw dosbarth { $n }
coop-rules-class-price = Pris cyfranddaliad dosbarth { $n } (£)
coop-rules-class-max = Uchafswm cyfranddaliadau dosbarth { $n }
coop-rules-class-votes = Pleidleisiau fesul aelod dosbarth { $n }
coop-rules-remove-class = Tynnu dosbarth { $n }
coop-rules-add-class = Ychwanegu dosbarth

## golwg y gosodiadau (settings-)
settings-not-read-yet = heb eu darllen eto
settings-not-whole-days = Nid yw '{ $text }' yn nifer cyfan o ddiwrnodau
settings-not-whole-years = Nid yw '{ $text }' yn nifer cyfan o flynyddoedd
settings-not-number = Nid yw '{ $text }' yn rhif
settings-title = Gosodiadau
settings-title-detail = ar gyfer ffeil ddata'r gydweithfa hon
settings-tab-coop = Gosodiadau'r gydweithfa
settings-tab-audit = Trywydd archwilio
settings-tab-backups = Copïau wrth gefn
settings-not-shown = Nid yw'r gosodiadau'n cael eu dangos, felly does dim modd cadw dim drostynt.
settings-compliance-window = Cyfnod rhybuddio cydymffurfiaeth (diwrnodau)
settings-waiting-amber = Rhestr aros yn ambr ar ôl (diwrnodau)
settings-waiting-red = Rhestr aros yn goch ar ôl (diwrnodau)
settings-retention = Cadw cofnodion ar ôl i'r atgyfeiriad olaf ddod i ben (blynyddoedd)
settings-meaningful-wemwbs = Newid ystyrlon, WEMWBS (pwyntiau)
settings-meaningful-swemwbs = Newid ystyrlon, SWEMWBS (pwyntiau)
settings-letters-heading = Y gydweithfa ar ei llythyrau
settings-coop-name = Enw'r gydweithfa
settings-coop-address = Cyfeiriad post y gydweithfa
settings-swemwbs-standard = Safon SWEMWBS:
settings-swemwbs-one-sem = Un gwall safonol (1 pwynt)
settings-swemwbs-stricter = Llymach 2.77 x SEM (2.87 pwynt)
settings-wording-heading = Geiriad eitemau WEMWBS
settings-wording-explained = Mae carecoop yn cynnwys y rheolau sgorio ond nid geiriad yr holiadur, sydd dan hawlfraint. Caiff sefydliadau sydd wedi cofrestru ar gyfer y drwydded am ddim ludo eu 14 eitem yma, un ar bob llinell; dangosir y llinell hawlfraint ble bynnag y mae'r geiriad yn ymddangos. Mae SWEMWBS yn defnyddio eitemau 1, 2, 3, 6, 7, 9 ac 11.
settings-wording-label = Geiriad trwyddedig WEMWBS (14 llinell)
settings-save = Cadw'r gosodiadau
settings-undo = Dadwneud y newidiadau

## golwg yr adroddiadau (reports-)
reports-title = Adroddiadau
reports-as-of = fel ar { $date }
reports-tab-referrals = Atgyfeiriadau
reports-tab-sessions = Sesiynau a phresenoldeb
reports-tab-outcomes = Canlyniadau
reports-tab-compliance = Cydymffurfiaeth
reports-tab-funds = Cronfeydd
reports-tab-pay = Tâl aelodau
reports-from = O
reports-from-picker = Dechrau'r adroddiad
reports-to = Hyd at
reports-to-picker = Diwedd yr adroddiad
reports-range-backwards = Mae'r cyfnod yn dod i ben cyn iddo ddechrau
reports-dates-written = Ysgrifennir dyddiadau fel 2026-03-31
reports-export-csv = Allforio { $what } (CSV)
reports-export-excel = Allforio { $what } (Excel)
reports-not-saved = Ni chadwyd { $what }: { $error }
reports-pay-month = Mis
reports-pay-month-hint = BBBB-MM
reports-pay-not-month = Nid yw '{ $text }' yn fis fel 2026-11
reports-pay-export-what = cyfrifon tâl aelodau
reports-pay-none = Dim sesiynau wedi'u cyflwyno yn y mis hwn.
reports-pay-member = Aelod
reports-pay-sessions = Sesiynau
reports-pay-hours = Oriau
reports-pay-due-by-payer = Yn ddyledus fesul talwr
reports-pay-total-due = Cyfanswm yn ddyledus
reports-pay-statement-for = Datganiad ar gyfer { $name }
reports-pay-statement-not-saved = Ni chadwyd y datganiad: { $error }
reports-fund-required = mae angen hwn
reports-fund-col-fund = Cronfa
reports-fund-col-funder = Cyllidwr
reports-fund-col-budget = Cyllideb
reports-fund-col-spent = Wedi'i wario
reports-fund-col-committed = Wedi'i ymrwymo
reports-fund-col-remaining = Yn weddill
reports-fund-overspent = { $amount } (gorwariant)
reports-fund-dates = { $start } i { $end }
reports-fund-add = Ychwanegu cronfa
reports-fund-edit = Golygu { $name }
reports-fund-include-names = Cynnwys enwau
reports-fund-report = Adroddiad i'r cyllidwr...
reports-fund-report-pdf = Adroddiad i'r cyllidwr (PDF)...
reports-fund-report-not-saved = Ni chadwyd yr adroddiad i'r cyllidwr: { $error }
reports-fund-chart-title = { $name }: y gyllideb sy'n weddill (llinell doredig: sesiynau wedi'u trefnu)
reports-fund-chart-alt = Y gyllideb sy'n weddill dros amser: { $name }
reports-fund-new = Cronfa newydd
reports-fund-name = Enw'r gronfa
reports-fund-funder = Cyllidwr
reports-fund-amount = Swm (£)
reports-fund-start = Dechrau
reports-fund-end = Diwedd
reports-fund-notes = Nodiadau
reports-fund-pays-for = Gall dalu am (dim wedi'u ticio: unrhyw weithgaredd)
reports-fund-save = Cadw'r gronfa
reports-fund-cancel = Canslo'r gronfa
reports-nothing-in-range = Dim byd yn y cyfnod hwn.
reports-chart-alt = Atgyfeiriadau yn ôl mis a ffynhonnell, siart bar wedi'i bentyrru
reports-export-chart = Allforio'r siart ({ $format })
reports-chart-not-saved = Ni chadwyd y siart: { $error }
reports-outcomes-cohort-hint = Mae siart a hidlau'r garfan yn y golwg Llesiant, y tab Carfan.
reports-referrals-received = { $count ->
    [zero] Dim atgyfeiriadau wedi dod i law yn y cyfnod.
    [one] { $count } atgyfeiriad wedi dod i law yn y cyfnod.
    [two] { $count } atgyfeiriad wedi dod i law yn y cyfnod.
    [few] { $count } atgyfeiriad wedi dod i law yn y cyfnod.
    [many] { $count } atgyfeiriad wedi dod i law yn y cyfnod.
   *[other] { $count } atgyfeiriad wedi dod i law yn y cyfnod.
}
reports-referrals-waiting = Diwrnodau'n aros i ddechrau: canolrif { $median }, hiraf { $longest }.
reports-referrals-chart-title = Atgyfeiriadau yn ôl mis a ffynhonnell
reports-col-month = Mis
reports-col-total = Cyfanswm
reports-table-by-month-source = Yn ôl mis a ffynhonnell
reports-table-by-status = Yn ôl statws
reports-col-status = Statws
reports-col-referrals = Atgyfeiriadau
reports-table-outcomes = Canlyniadau { $instrument }
reports-col-ref = Cyf.
reports-col-before = Cyn
reports-col-after = Ar ôl
reports-col-change = Newid
reports-col-result = Canlyniad
reports-outcomes-none = Does gan neb sgôr "cyn" gyntaf yn y cyfnod hwn.
reports-compliance-summary = { $count ->
    [zero] Dim papurau sydd angen sylw
    [one] { $count } papur sydd angen sylw
    [two] { $count } bapur sydd angen sylw
    [few] { $count } phapur sydd angen sylw
    [many] { $count } phapur sydd angen sylw
   *[other] { $count } papur sydd angen sylw
} (cyfnod rhybuddio { $days } diwrnod).
reports-table-papers = Papurau i fynd ar eu hôl
reports-col-member = Aelod
reports-col-paper = Papur
reports-col-state = Cyflwr
reports-col-expiry = Dyddiad dod i ben
reports-sessions-summary = { $count ->
    [zero] Dim sesiynau wedi'u cyflwyno
    [one] { $count } sesiwn wedi'i chyflwyno
    [two] { $count } sesiwn wedi'u cyflwyno
    [few] { $count } sesiwn wedi'u cyflwyno
    [many] { $count } sesiwn wedi'u cyflwyno
   *[other] { $count } sesiwn wedi'u cyflwyno
}, { $hours } awr; presenoldeb { $rate } ({ $came } o { $expected } lle).
reports-table-by-activity = Yn ôl gweithgaredd
reports-col-activity = Gweithgaredd
reports-col-sessions = Sesiynau
reports-col-hours = Oriau
reports-col-attendance = Presenoldeb
reports-table-by-member = Yn ôl aelod

## Golwg Llesiant (src/ui/views/wellbeing)
wb-title = Llesiant
wb-title-detail = WEMWBS, SWEMWBS ac ONS4 cyn, yn ystod ac ar ôl
wb-tab-outcomes = Canlyniadau
wb-tab-person = Person
wb-tab-cohort = Carfan
wb-case-meeting = Cyfarfod achos
wb-case-meeting-hint = Sgrin lawn, print mawr, un person i bob tudalen
wb-chart-before-after = { $measure }: cyn ac ar ôl
wb-chart-distribution = Dosbarthiad y newid
wb-measure = Mesur
wb-activity = Gweithgaredd
wb-any-activity = Unrhyw weithgaredd
wb-referral-source = Ffynhonnell yr atgyfeiriad
wb-any-source = Unrhyw ffynhonnell
wb-funder = Cyllidwr
wb-any-funder = Unrhyw gyllidwr
wb-gp-practice = Practis meddyg teulu
wb-any-practice = Unrhyw bractis
wb-baseline-from = Llinell sylfaen o
wb-baseline-start = Dechrau'r llinell sylfaen
wb-to = i
wb-baseline-end = Diwedd y llinell sylfaen
wb-export-slope = Allforio'r siart llethr ({ $format })
wb-export-histogram = Allforio'r histogram ({ $format })
wb-slope-not-saved = Ni chafodd y siart llethr ei gadw: { $error }
wb-histogram-not-saved = Ni chafodd yr histogram ei gadw: { $error }
wb-export-what-table = tabl
wb-n-both = n = { $count } â'r ddau bwynt amser
wb-slope-alt = Siart llethr o'r sgorau cyn ac ar ôl
wb-histogram-alt = Histogram o'r newid
wb-result-wemwbs = Cyfanswm WEMWBS { $total } (o 14 i 70)
wb-result-swemwbs = Sgôr fetrig SWEMWBS { $metric } (crai { $raw })
wb-result-ons4 = Bodlonrwydd â bywyd { $satisfaction }, gwerth chweil { $worthwhile }, hapusrwydd { $happiness }, gorbryder { $anxiety } (gorau po isaf)
wb-result-incomplete = Heb ei sgorio eto: eitemau { $items } heb eu hateb (bydd ei gadw nawr yn ei gadw'n anghyflawn)
wb-record-heading = Cofnodi asesiad
wb-date = Dyddiad
wb-assessment-date = Dyddiad yr asesiad
wb-timepoint = Pwynt amser
wb-recorded-by = Cofnodwyd gan
wb-keys-hint = Pwyswch { $lo } i { $hi } i ateb yr eitem sydd wedi'i hamlygu a symud ymlaen; mae'r bysellau saeth yn symud rhwng eitemau.
wb-keys-hint-ons4 = Pwyswch { $lo } i { $hi } i ateb yr eitem sydd wedi'i hamlygu a symud ymlaen (teipiwch 1 ac yna 0 am ddeg); mae'r bysellau saeth yn symud rhwng eitemau.
wb-item = Eitem { $number }
wb-save-assessment = Cadw'r asesiad
wb-date-future = Dyddiad: mae yn y dyfodol
wb-date-required = Dyddiad: yn ofynnol
wb-date-error = Dyddiad: { $error }
wb-cancel-assessment = Canslo'r asesiad
wb-previous-person = Person blaenorol
wb-next-person = Person nesaf
wb-position = { $index } o { $total }
wb-initials-only = Blaenlythrennau yn unig
wb-leave-meeting = Gadael y cyfarfod (Esc)
wb-no-one = Nid oes neb ag asesiad llesiant i'w drafod.
wb-chart-alt = Siart { $measure } ar gyfer { $name }
wb-goals = Nodau
wb-no-goals = Dim nodau wedi'u cofnodi
wb-activities-attendance = Gweithgareddau a phresenoldeb
wb-no-sessions = Dim sesiynau eto
wb-attended-of = { $activity }: { $came } o { $booked }
wb-col-name = Enw
wb-col-ref = Cyf.
wb-col-before = Cyn
wb-col-after = Ar ôl
wb-col-change = Newid
wb-col-result = Canlyniad
wb-summary = { $measure }: { $headline }, { $no_change } heb newid ystyrlon, { $declined } wedi gwaethygu; { $in_progress } ar y gweill.
wb-mean-change = {" "}Newid cymedrig { $change }
wb-ci95 = {" "}(cyfwng hyder 95%: { $lo } i { $hi })
wb-note = Y sgôr "cyn" cyntaf yn erbyn y sgôr "ar ôl" olaf. Newid ystyrlon: WEMWBS { $wemwbs } pwynt, SWEMWBS { $swemwbs } (sgôr fetrig). Nid offeryn sgrinio yw WEMWBS.
wb-no-before = Dim asesiadau llesiant â sgôr "cyn" eto.
wb-outcome-change = { $category }: { $before } i { $after } ({ $change })
wb-outcome-started = { $category }: dechreuodd ar { $before }
wb-find-person = Dod o hyd i berson
wb-find-hint = Enw neu gyfeirnod
wb-person-prompt = Chwiliwch am berson i weld ei siart llesiant, neu dewiswch un ar y tab Canlyniadau.
wb-person-gone = Nid yw'r person hwn yn y ffeil mwyach.
wb-record-assessment = Cofnodi asesiad
wb-export-chart = Allforio'r siart ({ $format })
wb-four-items = Pedair eitem
wb-incomplete = Anghyflawn

## report/coop.rs: dogfen y gofrestr, pecyn cyfarfod, cofnodion
coopdoc-register-doc-title = Cofrestr aelodau
coopdoc-register-title = { $coop }: cofrestr aelodau
coopdoc-register-as-at = { $form } ar { $date }
coopdoc-col-name = Enw
coopdoc-col-class = Dosbarth
coopdoc-col-admitted = Derbyniwyd
coopdoc-col-ceased = Diwedd aelodaeth
coopdoc-col-shares = Cyfranddaliadau
coopdoc-col-paid = Swm a dalwyd
coopdoc-heading-addresses = Cyfeiriadau
coopdoc-email-given-for = { $email } (a roddwyd ar gyfer { $purpose })
coopdoc-col-postal-address = Cyfeiriad post
coopdoc-col-electronic-address = Cyfeiriad electronig
coopdoc-heading-loans = Benthyciadau ac eiddo arall a ddelir
coopdoc-heading-officers = Swyddogion
coopdoc-in-office = yn y swydd
coopdoc-no-officers = Nid oes swyddogion wedi'u cofnodi.
coopdoc-col-office = Swydd
coopdoc-col-from = O
coopdoc-col-until = Tan
coopdoc-the-coop = Y gydweithfa
coopdoc-not-yet-voted = Heb bleidleisio arno eto
coopdoc-votes = O blaid { $votes_for }, yn erbyn { $against }, wedi ymatal { $abstain }: { $result }
coopdoc-passed = wedi'i basio
coopdoc-not-passed = heb ei basio
coopdoc-place-online = Ar-lein
coopdoc-place-tbc = Lleoliad i'w gadarnhau
coopdoc-place-and-online = { $place }, ac ar-lein
coopdoc-pack-doc-title = Pecyn: { $meeting }
coopdoc-field-date = Dyddiad
coopdoc-field-place = Lleoliad
coopdoc-field-notice-given = Rhoddwyd rhybudd
coopdoc-heading-resolutions-to-be-put = Penderfyniadau i'w cynnig
coopdoc-no-resolutions = Nid oes penderfyniadau wedi'u rhestru eto.
coopdoc-majority-ordinary = penderfyniad cyffredin: mwy o bleidleisiau o blaid nag yn erbyn
coopdoc-majority-special = penderfyniad arbennig: o leiaf { $percent }% o'r pleidleisiau a fwriwyd
coopdoc-proposed-by = Cynigiwyd gan
coopdoc-seconded-by = Eiliwyd gan
coopdoc-heading-members-entitled = Aelodau sydd â hawl i fod yn bresennol
coopdoc-heading-the-board = Y bwrdd
coopdoc-in-all-quorum = { $count } i gyd; y cworwm yw { $quorum }.
coopdoc-minutes-doc-title = Cofnodion: { $meeting }
coopdoc-minutes-title = { $coop }: cofnodion { $meeting }, { $date }
coopdoc-heading-attendance = Presenoldeb
coopdoc-col-how = Sut
coopdoc-by-proxy = Drwy ddirprwy ({ $holder })
coopdoc-minutes-quorate = { $present } yn bresennol (y cworwm yw { $quorum }): roedd cworwm yn y cyfarfod.
coopdoc-minutes-not-quorate = { $present } yn bresennol (y cworwm yw { $quorum }): nid oedd cworwm yn y cyfarfod.
coopdoc-heading-resolutions = Penderfyniadau
coopdoc-field-votes = Pleidleisiau
coopdoc-heading-minutes = Cofnodion

## golygfeydd (cynorthwywyr cyffredin: src/ui/views/mod.rs)
views-read-error = Methu darllen y ffeil ddata: { $error }
views-try-again = Ceisio eto
views-ics-calendar-name = { $name }: sesiynau
views-calendar-not-saved = Ni chafodd y calendr ei gadw: { $error }

## cynorthwywyr ffurflenni (src/ui/views/form.rs)
form-not-a-date = Nid yw '{ $text }' yn ddyddiad fel 2026-03-31
form-pick-on-calendar = Dewis { $field } ar galendr
form-pick-button = Dewis…
form-date-hint = BBBB-MM-DD

## calendr
cal-unknown-activity = Gweithgaredd anhysbys
cal-mode-month = Mis
cal-mode-week = Wythnos
cal-mode-day = Diwrnod
cal-previous = Blaenorol
cal-left-arrow = Saeth chwith
cal-today = Heddiw
cal-next = Nesaf
cal-right-arrow = Saeth dde
cal-go-to = Mynd i
cal-book-session = Archebu sesiwn
cal-filter-member = Hidlo yn ôl aelod
cal-any-member = Unrhyw aelod
cal-filter-activity = Hidlo yn ôl gweithgaredd
cal-any-activity = Unrhyw weithgaredd
cal-showing-person = Yn dangos sesiynau { $name }
cal-show-everyone = Dangos pawb
cal-filter-person = Hidlo yn ôl person
cal-show = Dangos
cal-week-of = Wythnos { $from } i { $to }
cal-title = Calendr
cal-title-detail = { $heading }: { $count ->
    [zero] dim sesiynau
    [one] { $count } sesiwn
    [two] { $count } sesiwn
    [few] { $count } sesiwn
    [many] { $count } sesiwn
   *[other] { $count } sesiwn
}
cal-describe = { $activity }, { $date } am { $time }, { $members }, { $booked } o { $capacity } lle
cal-and-cancelled = , wedi'i chanslo
cal-and-has-conflicts = , gyda gwrthdaro
cal-and-conflict = , gwrthdaro
cal-block-places = { $booked }/{ $capacity } lle
cal-more = +{ $count } arall
cal-no-sessions-day = Dim sesiynau ar y diwrnod hwn.
cal-places-of = { $booked } o { $capacity } lle
cal-cancelled = Wedi'i chanslo
cal-conflict = Gwrthdaro
cal-a-member = Aelod
cal-another-session = sesiwn arall
cal-activity-at = { $activity } am { $time }
cal-conflict-member-booked = Mae gan { $member } { $other } ar yr un pryd
cal-a-participant = Cyfranogwr
cal-conflict-person-booked = Mae gan { $name } sesiwn arall ar yr un pryd
cal-conflict-over-capacity = { $booked } wedi'u harchebu ar gyfer { $capacity } lle
cal-conflict-outside-availability = y tu allan i argaeledd { $member }
cal-names-not-read = Methu darllen enwau'r cyfranogwyr: { $error }
cal-panel-when = { $date } { $start }-{ $end }, { $venue }
cal-panel-with = Gyda { $members }
cal-part-of-series = Rhan o gyfres wythnosol neu bob pythefnos
cal-session-cancelled = Mae'r sesiwn hon wedi'i chanslo
cal-conflicts = Gwrthdaro
cal-participants-places = Cyfranogwyr ({ $booked } o { $capacity } lle)
cal-no-one-booked = Nid oes neb wedi'i archebu eto.
cal-unknown-person = Person anhysbys
cal-note-for = Nodyn ar gyfer { $name }
cal-note = Nodyn
cal-mark-all-attended = Nodi bod pawb yn bresennol
cal-save-attendance = Cadw'r presenoldeb
cal-edit-session = Golygu'r sesiwn hon
cal-edit-series-from-here = Golygu'r gyfres o'r fan hon
cal-cancel-session = Canslo'r sesiwn hon
cal-restore-session = Adfer y sesiwn hon
cal-cancel-series-from-here = Canslo'r gyfres o'r fan hon
cal-close-session = Cau'r sesiwn
cal-form-is-required = yn ofynnol
cal-form-not-a-time = Nid yw '{ $text }' yn amser fel 10:30
cal-form-not-minutes = Nid yw '{ $text }' yn nifer cyfan o funudau
cal-form-not-whole-number = Nid yw '{ $text }' yn rhif cyfan
cal-form-times-range = rhaid iddo fod yn nifer o weithiau o 1 i 520
cal-form-until-before-first = yn gynharach na'r dyddiad cyntaf
cal-form-self-funded = Hunanariannu
cal-form-a-fund = Cronfa
cal-form-fund-name = Cronfa: { $name }
cal-form-lists-not-read = Ni allai'r ffurflen archebu ddarllen y gweithgareddau, yr aelodau a'r cronfeydd: { $error }
cal-form-edit-series-title = Golygu'r gyfres o { $date } ymlaen (cedwir sesiynau'r gorffennol fel yr oeddent)
cal-form-activity = Gweithgaredd
cal-form-choose-activity = Dewiswch weithgaredd
cal-form-date = Dyddiad
cal-form-start = Amser dechrau
cal-form-minutes = Hyd (munudau)
cal-form-venue = Lleoliad
cal-form-capacity = Lleoedd (gwag: rhai'r gweithgaredd)
cal-form-notes = Nodiadau
cal-form-delivered-by = Darperir gan
cal-form-choose-activity-hint = Dewiswch weithgaredd i weld yr aelodau sy'n ei gynnig
cal-form-show-all-members = Dangos pob aelod
cal-form-save-changes = Cadw'r newidiadau
cal-form-book = Archebu'r sesiwn
cal-form-cancel = Canslo'r ffurflen archebu
cal-form-not-saved = Heb ei gadw: cywirwch y meysydd a nodir uchod.
cal-form-participants = Cyfranogwyr
cal-form-name-not-read = (heb ddarllen yr enw: { $error })
cal-form-remove = Tynnu { $name }
cal-form-add-participant = Ychwanegu cyfranogwr
cal-form-add = Ychwanegu
cal-form-already-booked = Mae lle eisoes wedi'i archebu i { $name }
cal-form-person-gone = nid yw'r person hwnnw yn y data mwyach
cal-form-repeats = Ailadrodd
cal-form-once = Unwaith
cal-form-weekly = Wythnosol
cal-form-fortnightly = Bob pythefnos
cal-form-this-many-times = Hyn o weithiau
cal-form-times = Sawl gwaith
cal-form-until-a-date = Tan ddyddiad
cal-form-until = Tan
cal-form-last-session-date = Dyddiad y sesiwn olaf
cal-form-funds-not-checked = Methu gwirio'r cronfeydd am orwariant: { $error }
cal-form-would-overspend = Byddai archebu hwn yn gorwario { $fund } o { $over } (mae ganddi { $left } ar ôl wedi'r hyn a wariwyd ac a ymrwymwyd)
cal-form-conflicts-warning = Gwrthdaro (gallwch archebu beth bynnag; bydd y rhybudd yn aros ar y sesiwn)
cal-form-conflicts-not-checked = Methu gwirio am wrthdaro: { $error }

## cynllunio
plan-title = Cynllunio
plan-week-of = Yr wythnos yn dechrau { $date }
plan-previous-week = Yr wythnos flaenorol
plan-this-week = Yr wythnos hon
plan-next-week = Yr wythnos nesaf
plan-activity = Gweithgaredd
plan-any-activity = Unrhyw weithgaredd
plan-village = Pentref
plan-any-village = Unrhyw bentref
plan-summary = Capasiti { $capacity } awr, wedi'u harchebu { $booked } awr, yn rhydd { $free } awr; mae angen { $demand } awr yr wythnos ar y rhestr aros
plan-chart-name = Capasiti, oriau wedi'u harchebu a'r galw am yr 8 wythnos nesaf
plan-chart-title = Yr 8 wythnos nesaf (oriau)
plan-no-member-matches = Nid oes aelod yn cyfateb i'r hidlwyr.
plan-member = Aelod
plan-week = Wythnos
plan-cell =
    { $free } yn rhydd
    { $booked }/{ $available } awr
plan-week-free = { $free } yn rhydd o { $available }
plan-waiting-heading = Yn aros i gael eu paru ({ $count })
plan-no-one-waiting = Nid oes neb yn aros i gael ei baru.
plan-match = Paru
plan-choose-person = Dewiswch berson sy'n aros
plan-waiting-entry = { $name } ({ $reference }), yn aros { $days } d
plan-weeks-ahead = Wythnosau ymlaen
plan-find-person = Dod o hyd i berson sy'n aros
plan-no-free-slot = Nid oes gan unrhyw aelod sy'n cynnig gweithgareddau { $name } slot rhydd o fewn { $weeks } wythnos.
plan-suggestion = { $rank }. { $activity } gyda { $member }
plan-score = sgôr { $score }
plan-book-hint = Archebu ar gyfer { $name }: yn creu'r sesiwn ac yn nodi bod yr atgyfeiriad wedi'i baru
plan-book = Archebu { $activity } gyda { $member }

## panel mewnforio
import-ui-cannot-read = Methu darllen { $path }: { $error }
import-ui-nothing-file = Ni fydd dim yn cael ei fewnforio: { $error }.
import-ui-nothing-problems = Ni fydd dim yn cael ei fewnforio: { $count ->
    [zero] dim problemau
    [one] { $count } broblem
    [two] { $count } broblem
    [few] { $count } problem
    [many] { $count } phroblem
   *[other] { $count } problem
} yn y ffeil.
import-ui-nothing-data = Ni fydd dim yn cael ei fewnforio: methu darllen cofnodion y gydweithfa ({ $error }).
import-ui-heading = Mewnforio { $noun } o ffeil
import-ui-file = Ffeil i'w mewnforio
import-ui-file-hint = /llwybr/i/ffeil.xlsx neu .csv
import-ui-browse = Pori...
import-ui-filter = Taenlen neu CSV
import-ui-preview = Rhagolwg
import-ui-save-template = Cadw templed...
import-ui-save-template-hint = Y colofnau, rhes enghreifftiol a'r gwerthoedd a ganiateir, fel taenlen
import-ui-template-failed = Methu creu'r templed: { $error }
import-ui-cancel = Canslo'r mewnforio
import-ui-choose-file = Dewiswch ffeil CSV neu daenlen, yna Rhagolwg: ni chaiff dim ei gadw nes i chi gadarnhau.
import-ui-ready = Yn barod i fewnforio { $summary }.
import-ui-import = Mewnforio { $noun }
import-ui-read-as = Wedi'i darllen fel { $detected }.
import-ui-sheet = Dalen
import-ui-warning = Rhybudd: { $warning }.
import-ui-noun-members = aelodau
import-ui-noun-activities = gweithgareddau
import-ui-noun-people = pobl
import-ui-noun-referrals = atgyfeiriadau
import-ui-noun-assessments = asesiadau
import-ui-noun-sessions = sesiynau
import-ui-noun-availability = argaeledd
import-ui-noun-exceptions = eithriadau
import-ui-noun-register = cofrestr aelodau

## report/: gwallau, datganiad cronfeydd, calendrau, cynllunio, mynediad at ddata
report-error-csv = nid oedd modd ysgrifennu'r CSV
report-payer-a-fund = Cronfa
report-payer-sds = Cymorth Hunangyfeiriedig
report-payer-self-funded = Hunanariannu
report-statement-for = Datganiad ar gyfer { $name }
report-statement-period = { $from } i { $to }
report-statement-col-date = Dyddiad
report-statement-col-start = Dechrau
report-statement-col-activity = Gweithgaredd
report-statement-col-hours = Oriau
report-statement-col-due = Dyledus
report-statement-sessions-delivered = Sesiynau a ddarparwyd
report-statement-due-by-payer = Dyledus fesul talwr
report-statement-total = Cyfanswm
report-ics-session = Sesiwn
report-ics-with = Gyda { $names }
report-an-activity = gweithgaredd
report-shortfall = { $hours } awr yn brin ar gyfer { $activity } (pentrefi'r bobl sy'n aros: { $villages })
report-shortfall-no-village = dim wedi'u cofnodi
report-sar-doc-title = Cofnodion a gedwir am { $name } ({ $reference })
report-sar-title = Yr hyn sydd gennym am { $name }
report-sar-intro = Cyfeirnod { $reference }. Copi o bob cofnod sydd gan y gydweithfa amdanoch chi, a wnaed ar { $date } o dan eich hawl mynediad (GDPR y DU, erthygl 15). Mae ganddo'r un adrannau â'r copi darllenadwy gan beiriant: proffil, cynllun, atgyfeiriadau, cysylltiadau, sesiynau ac asesiadau.
report-sar-none-recorded = Dim wedi'i gofnodi.
report-sar-not-recorded = heb ei gofnodi
report-sar-yes = ie
report-sar-no = na
report-sar-none = dim
report-sar-item-plan = Nod { $number }
report-sar-item-referrals = Atgyfeiriad { $number }
report-sar-item-contacts = Cyswllt { $number }
report-sar-item-sessions = Sesiwn { $number }
report-sar-item-assessments = Asesiad { $number }
report-sar-key-profile = Proffil
report-sar-key-plan = Cynllun
report-sar-key-referrals = Atgyfeiriadau
report-sar-key-contacts = Cysylltiadau
report-sar-key-sessions = Sesiynau
report-sar-key-assessments = Asesiadau
report-sar-key-name = Enw
report-sar-key-preferred-name = Enw dewisol
report-sar-key-date-of-birth = Dyddiad geni
report-sar-key-village = Pentref
report-sar-key-address = Cyfeiriad
report-sar-key-phone = Ffôn
report-sar-key-email = E-bost
report-sar-key-gp-practice = Practis meddyg teulu
report-sar-key-needs = Anghenion
report-sar-key-interests = Diddordebau
report-sar-key-what-matters = Beth sy'n bwysig
report-sar-key-consent-store = Caniatâd i gadw data
report-sar-key-consent-share = Caniatâd i rannu
report-sar-key-consent-share-date = Dyddiad y caniatâd i rannu
report-sar-key-emergency-contact = Cyswllt mewn argyfwng
report-sar-key-notes = Nodiadau
report-sar-key-goal = Nod
report-sar-key-target = Dyddiad targed
report-sar-key-status = Statws
report-sar-key-activities = Gweithgareddau
report-sar-key-date = Dyddiad
report-sar-key-source = Ffynhonnell
report-sar-key-referrer = Atgyfeiriwr
report-sar-key-referrer-organisation = Sefydliad yr atgyfeiriwr
report-sar-key-reason = Rheswm
report-sar-key-urgency = Brys
report-sar-key-link-worker = Gweithiwr cyswllt
report-sar-key-history = Hanes
report-sar-key-note = Nodyn
report-sar-key-kind = Math
report-sar-key-by = Gan
report-sar-key-next-due = Nesaf erbyn
report-sar-key-start = Dechrau
report-sar-key-minutes = Munudau
report-sar-key-activity = Gweithgaredd
report-sar-key-members = Aelodau
report-sar-key-venue = Lleoliad
report-sar-key-attendance = Presenoldeb
report-sar-key-timepoint = Pwynt amser
report-sar-key-instrument = Mesur
report-sar-key-answers = Atebion
report-sar-key-score = Sgôr
report-sar-key-recorded-by = Cofnodwyd gan
report-sar-key-total = Cyfanswm
report-sar-key-raw = Crai
report-sar-key-metric = Metrig
report-sar-key-life-satisfaction = Bodlonrwydd â bywyd
report-sar-key-worthwhile = Gwerth chweil
report-sar-key-happiness = Hapusrwydd
report-sar-key-anxiety = Gorbryder
report-sar-key-incomplete = Anghyflawn
report-sar-key-missing-items = Eitemau coll

## documents/: dogfennau i'w hargraffu
doc-error-font = nid oedd modd llwytho ffont y ddogfen
doc-error-image = nid oedd modd darllen llun yn y ddogfen: { $reason }
doc-error-write = nid oedd modd ysgrifennu'r PDF: { $reason }
doc-error-page-size = maint y dudalen
doc-error-empty-picture = llun gwag
doc-footer = { $title } – tudalen { $page } o { $pages }

## Golwg Pobl (src/ui/views/people/) a chwilio am berson (src/ui/views/person_search.rs)
people-title = Pobl
people-title-detail = { $count ->
        [zero] dim pobl
        [one] { $count } person
        [two] { $count } berson
        [few] { $count } pherson
        [many] { $count } pherson
       *[other] { $count } person
    }, { $waiting } yn aros
people-tab-everyone = Pawb
people-tab-waiting = Rhestr aros ({ $count })
people-tab-caseload = Llwyth achosion
people-tab-review = I'w hadolygu
people-new-referral = Atgyfeiriad newydd
people-import = Mewnforio...
people-import-people = Pobl...
people-import-referrals = Atgyfeiriadau...
people-import-assessments = Asesiadau...
people-col-name = Enw
people-col-ref = Cyf.
people-col-age = Oed
people-col-village = Pentref
people-col-gp-practice = Practis meddyg teulu
people-col-referred = Atgyfeiriwyd
people-col-source = Ffynhonnell
people-col-status = Statws
people-col-person = Person
people-col-urgency = Brys
people-col-waiting = Yn aros
people-col-last-contact = Cyswllt diwethaf
people-col-next-contact = Cyswllt nesaf yn ddyledus
people-col-overdue = Yn hwyr
people-list-waiting = { $status } (yn aros { $days } d)
people-list-since = { $status } ers { $date }
people-list-no-referral = Dim atgyfeiriad
people-search = Chwilio am bobl
people-search-hint = Enw, cyfeirnod neu bentref
people-list-empty = Nid oes neb wedi cael ei atgyfeirio eto. Defnyddiwch Atgyfeiriad newydd i ychwanegu'r person cyntaf.
people-list-no-match = Nid oes neb yn cyfateb i "{ $text }".
people-waiting-days = { $count ->
        [zero] { $count } diwrnod
        [one] { $count } diwrnod
        [two] { $count } ddiwrnod
        [few] { $count } diwrnod
        [many] { $count } diwrnod
       *[other] { $count } diwrnod
    }
people-waiting-intro = Yr hynaf yn gyntaf. Oren ar ôl { $amber ->
        [zero] { $amber } diwrnod
        [one] { $amber } diwrnod
        [two] { $amber } ddiwrnod
        [few] { $amber } diwrnod
        [many] { $amber } diwrnod
       *[other] { $amber } diwrnod
    } o aros, coch ar ôl { $red } (Gosodiadau).
people-waiting-empty = Nid oes neb yn aros.
people-caseload-none-yet = Dim eto
people-not-set = Heb ei osod
people-caseload-overdue-by = { $days } d yn hwyr
people-link-worker = Gweithiwr cyswllt
people-caseload-no-workers = Dim gweithwyr cyswllt eto
people-caseload-empty = Nid oes neb gweithredol ar y llwyth achosion hwn.
people-intake-date-future = mae'r dyddiad yn y dyfodol
people-intake-date-required = mae angen hwn
people-intake-title-known = Atgyfeiriad newydd ar gyfer { $name } ({ $reference })
people-intake-title-new = Atgyfeiriad newydd: person newydd, { $reference }
people-intake-not-saved = Heb ei gadw: cywirwch y meysydd sydd wedi'u marcio isod.
people-field-name = Enw
people-field-preferred-name = Enw dewisol
people-field-date-of-birth = Dyddiad geni
people-field-village = Pentref
people-field-phone = Ffôn
people-field-gp-practice = Practis meddyg teulu
people-field-needs = Anghenion
people-field-address = Cyfeiriad
people-field-email = E-bost
people-field-interests = Diddordebau
people-field-what-matters = Beth sy'n bwysig i mi
people-field-emergency-contact = Cyswllt mewn argyfwng
people-field-consent-store = Caniatâd i gadw data
people-field-consent-share-outcomes = Caniatâd i rannu canlyniadau
people-field-notes = Nodiadau
people-field-payer = Talwr arferol
people-intake-consent = Caniatâd
people-intake-consent-store = Yn cytuno i'r gydweithfa gadw eu data
people-consent-share-agrees = Yn cytuno i rannu canlyniadau â'r atgyfeiriwr a'r meddyg teulu
people-intake-date-received = Dyddiad derbyn
people-intake-source = Ffynhonnell
people-intake-referrer = Atgyfeiriwr
people-intake-referrer-org = Sefydliad yr atgyfeiriwr
people-intake-reasons = Rhesymau
people-intake-urgency = Brys
people-intake-workers-so-far = Gweithwyr cyswllt hyd yma: { $names }
people-intake-save = Cadw'r atgyfeiriad
people-cancel = Canslo
people-review-intro = Pobl y daeth eu hatgyfeiriad olaf i ben dros { $years ->
        [zero] { $years } o flynyddoedd
        [one] { $years } flwyddyn
        [two] { $years } flynedd
        [few] { $years } blynedd
        [many] { $years } blynedd
       *[other] { $years } o flynyddoedd
    } yn ôl (y cyfnod cadw yn y Gosodiadau), a phobl sydd wedi tynnu'n ôl eu caniatâd i'r gydweithfa gadw eu data. Dilëwch nhw, neu agorwch eu tudalen i gofnodi pam mae'n rhaid cadw eu cofnodion.
people-review-empty = Nid oes neb i'w adolygu.
people-review-choose-all = Dewis pawb
people-review-choose-none = Dewis neb
people-review-col-why = Pam
people-review-open = Agor { $reference }
people-review-choose-hint = Dewiswch bobl uchod i'w dileu.
people-review-erase-phrase = dileu { $count }
people-review-type-to-confirm = Teipiwch "{ $phrase }" i gadarnhau
people-review-erase = { $count ->
        [zero] Dileu { $count } person am byth
        [one] Dileu { $count } person am byth
        [two] Dileu { $count } berson am byth
        [few] Dileu { $count } pherson am byth
        [many] Dileu { $count } pherson am byth
       *[other] Dileu { $count } person am byth
    }
people-unknown-activity = (gweithgaredd anhysbys)
people-page-gone = Nid yw'r person hwn yn y ffeil mwyach.
people-page-back = Yn ôl at y bobl
people-page-age = { $age } oed
people-page-export-calendar = Allforio calendr...
people-section-profile = Proffil
people-section-plan = Cynllun
people-section-wellbeing = Llesiant
people-section-rights = Hawliau data
people-section-referrals = Atgyfeiriadau
people-page-new-referral = Atgyfeiriad newydd i'r person hwn
people-section-contacts = Cofnod cysylltiadau
people-section-sessions = Sesiynau
people-section-membership = Aelodaeth o'r gydweithfa
people-chart-name = Siart { $instrument } ar gyfer { $name }
people-consent-withdrawn = Tynnwyd yn ôl { $date }: i'w adolygu
people-consent-given = Rhoddwyd { $date }
people-consent-not-recorded = Heb ei gofnodi
people-yes = Ie
people-no = Na
people-payer-self-funded = Hunanariannu
people-payer-a-fund = Cronfa
people-payer-fund = Cronfa: { $name }
people-profile-edit = Golygu'r proffil
people-profile-funds-unread = Ni ellir golygu'r proffil nawr: nid oedd modd darllen y cronfeydd: { $error }
people-profile-consent-store-date = Caniatâd i gadw data (dyddiad)
people-profile-consent-withdrawn-date = Caniatâd i gadw data wedi'i dynnu'n ôl (dyddiad)
people-profile-consent-share = Caniatâd i rannu
people-profile-save = Cadw'r proffil
people-profile-cancel = Canslo golygu
people-profile-not-saved = Heb ei gadw: cywirwch y meysydd sydd wedi'u marcio uchod.
people-referrals-none = Dim atgyfeiriadau.
people-referral-heading = Atgyfeiriwyd ar { $date } (ffynhonnell: { $source }): { $status }
people-referral-referrer = Atgyfeiriwr: { $who }
people-referral-reasons = Rhesymau: { $reasons }
people-referral-urgency-worker = Brys: { $urgency }. Gweithiwr cyswllt: { $worker }
people-referral-not-assigned = heb ei neilltuo
people-referral-history = Hanes
people-referral-move-to = Symud i
people-referral-choose-status = Dewiswch statws
people-referral-note = Nodyn
people-referral-change-status = Newid statws
people-outcome-letter = Llythyr canlyniad
people-plan-none = Dim nodau eto.
people-goal-by = erbyn { $date }
people-goal-status = Statws nod { $number }
people-goal-activities = Gweithgareddau nod { $number }...
people-goal-new = Nod newydd
people-goal-target = Dyddiad targed
people-goal-add = Ychwanegu nod
people-contacts-none = Dim cysylltiadau wedi'u cofnodi eto.
people-contact-next-due = nesaf erbyn { $date }
people-contact-by = Cyswllt drwy
people-contact-note = Nodyn cyswllt
people-contact-log = Cofnodi cyswllt
people-sessions-summary = { $count ->
        [zero] Dim sesiynau wedi'u trefnu
        [one] { $count } sesiwn wedi'i threfnu
        [two] { $count } sesiwn wedi'u trefnu
        [few] { $count } sesiwn wedi'u trefnu
        [many] { $count } sesiwn wedi'u trefnu
       *[other] { $count } sesiwn wedi'u trefnu
    }; yn bresennol mewn { $attended } o { $marked } hyd yma.
people-assessments-none = Dim asesiadau llesiant eto.
people-assessment-scored-items = Wedi'i sgorio (pob eitem wedi'i hadrodd)
people-assessment-incomplete = Anghyflawn (eitemau ar goll: { $missing })
people-assessment-invalid = Atebion annilys
people-membership-ceased = daeth i ben { $date }
people-membership-since = ers { $date }
people-membership-see-coop = Mae'r cyfranddaliadau a'r swyddi yn adran y Gydweithfa.
people-membership-not-member = Nid yw { $name } yn aelod o'r gydweithfa.
people-membership-class = Dosbarth aelodaeth
people-membership-admit = Gwneud yn aelod o'r gydweithfa
people-rights-intro = Gellir allforio popeth a gedwir am y person hwn (yr hawl i gael mynediad): fel dogfen y gallan nhw ei darllen, neu fel un ffeil y gall peiriant ei darllen.
people-rights-export-pdf = Allforio data'r person hwn fel PDF...
people-rights-export-json = Allforio data'r person hwn fel JSON...
people-rights-gone = Nid yw { $reference } yn y data mwyach
people-rights-export-failed = Ni chafodd yr allforio ei wneud: { $error }
people-erase-heading = Dileu person
people-erase-explain = Yn dileu { $name } a phob cofnod amdanyn nhw (atgyfeiriadau, cysylltiadau, presenoldeb, asesiadau, cynllun) am byth, ac yn ailysgrifennu'r ffeil fel nad oes copi ar ôl. Ni ellir dadwneud hyn.
people-erase-backups = Mae'r { $count ->
        [zero] { $count } copi wrth gefn
        [one] { $count } copi wrth gefn
        [two] { $count } gopi wrth gefn
        [few] { $count } chopi wrth gefn
        [many] { $count } chopi wrth gefn
       *[other] { $count } copi wrth gefn
    } yn { $folder } (yr hynaf o { $oldest }) yn dal i gadw eu cofnodion nes iddyn nhw gael eu disodli yn y cylchdro; bydd adfer unrhyw un ohonyn nhw yn dileu { $reference } eto.
people-erase-type-to-confirm = Teipiwch { $reference } i gadarnhau
people-erase-button = Dileu'r person am byth
people-letter-text = Testun y llythyr (darllen yn unig)
people-letter-copy = Copïo i'r clipfwrdd
people-letter-save-pdf = Cadw fel PDF...
people-letter-close = Cau'r llythyr
people-letter-not-saved = Ni chafodd y llythyr ei gadw: { $error }
search-hint = Enw neu gyfeirnod
search-read-error = Nid oedd modd darllen y bobl: { $error }
search-no-match = Nid oes neb yn cyfateb i “{ $text }”.

## parth: dilysu, labeli ac esboniadau (src/domain)
dom-required = rhaid ei lenwi
dom-at-least-one = rhaid bod yn 1 o leiaf
dom-activity-one-to-one-capacity = capasiti o 1 sydd gan weithgaredd un-i-un
dom-minutes-range = rhaid bod rhwng 1 a 1440 munud
dom-not-negative = ni all fod yn negatif
dom-availability-range-order = rhaid i ystod amser orffen ar ôl iddi ddechrau
dom-availability-exception-order = rhaid i eithriad orffen ar ei ddiwrnod cyntaf neu wedyn
dom-audit-break = cofnod { $seq }: { $reason }
dom-audit-entries-missing = disgwylid cofnod { $expected } yma: mae cofnodion ar goll neu wedi'u mewnosod
dom-audit-entry-inserted = disgwylid cofnod { $expected } yma: roedd cofnod ar goll neu wedi'i fewnosod
dom-audit-prev-mismatch = nid yw'n cario stwnsh y cofnod o'i flaen (cafodd y cofnod hwnnw ei newid neu ei ddileu)
dom-audit-not-linked = nid yw wedi'i gysylltu â'r gadwyn eto (rhowch gynnig arall arni ymhen ychydig)
dom-audit-hash-mismatch = nid yw ei gynnwys yn cyfateb i'w stwnsh (cafodd y cofnod ei newid)
dom-more-than-zero-pounds = rhaid bod yn fwy na £0
dom-fund-end-before-start = mae cyn y dyddiad dechrau
dom-not-email = nid yw '{ $email }' yn gyfeiriad e-bost
dom-pvg-expiry-before-issue = mae cyn dyddiad cyhoeddi'r PVG
dom-rate-warning = Mae { $rate } yr awr y tu allan i'r ystod arferol ({ $low }–{ $high })
dom-paper-missing = Ar goll
dom-paper-expired = Wedi dod i ben
dom-paper-expires-today = Yn dod i ben heddiw
dom-paper-expires-tomorrow = Yn dod i ben yfory
dom-paper-expires-in = { $days ->
    [two] Yn dod i ben ymhen { $days } ddiwrnod
   *[other] Yn dod i ben ymhen { $days } diwrnod
}
dom-paper-valid = Dilys
dom-money-parse = nid yw '{ $text }' yn swm mewn punnoedd (er enghraifft 25 neu 25.50)
dom-in-future = mae yn y dyfodol
dom-person-bad-ref = nid yw '{ $reference }' yn gyfeirnod: { $rule }
dom-person-ref-rule = defnyddiwch 1 i 20 o lythrennau, digidau, - neu /, fel P0001 neu CWC-012
dom-plan-offers = yn cynnig { $activity }, sydd o ddiddordeb i { $person }
dom-plan-serves = yn gwasanaethu { $village }
dom-plan-not-serving = nid yw { $village } ar restr y pentrefi y mae'n eu gwasanaethu
dom-plan-hours-left = { $hours } awr yr wythnos ar ôl
dom-plan-only-hours-left = dim ond { $hours } awr yr wythnos ar ôl
dom-plan-no-weekly-limit = dim terfyn wythnosol wedi'i osod
dom-plan-costs = yn costio { $cost } y sesiwn
dom-plan-group-has-room = mae lle mewn grŵp { $activity } ar { $when }
dom-plan-free-slot = yn rhydd { $when } am { $minutes } munud
dom-no-person-chosen = ni ddewiswyd person
dom-referral-no-history = nid oes hanes
dom-referral-history-backwards = mae dyddiadau'r hanes yn mynd tuag yn ôl
dom-referral-before-received = mae'r newid statws cyntaf cyn i'r atgyfeiriad ddod i law
dom-review-retention = daeth yr atgyfeiriad olaf i ben { $ended }; daeth y cyfnod cadw i ben { $due }
dom-review-consent-withdrawn = tynnwyd caniatâd yn ôl { $withdrawn }
dom-no-activity-chosen = ni ddewiswyd gweithgaredd
dom-session-needs-member = rhaid i un aelod o leiaf gyflwyno'r sesiwn
dom-session-person-twice = mae'r un person wedi'i restru ddwywaith
dom-settings-window-max = rhaid bod yn 730 diwrnod ar y mwyaf
dom-settings-red-below-amber = rhaid bod o leiaf cymaint â'r trothwy ambr
dom-settings-thresholds-positive = rhaid i'r trothwyon fod yn fwy na 0
dom-one-to-hundred-years = rhaid bod rhwng 1 a 100 mlynedd
dom-settings-wemwbs-lines = mae angen 14 llinell, un ar gyfer pob eitem; rhoddwyd { $count }
dom-summary-missing = nid oes crynodeb gan berson { $reference }
dom-summary-stale = mae crynodeb person { $reference } wedi dyddio
dom-summary-orphan = mae gan person_summaries grynodeb ar gyfer person { $id }, nad yw'n bodoli
dom-norm-wemwbs = Cymedr oedolion yr Alban 2018: 49.4
dom-norm-swemwbs = Cymedr oedolion Lloegr: tua 23.5
dom-cohort-headline = { $improved } o { $assessed } wedi gwella
dom-cohort-caveat = Mae gan lai na { $minimum } o bobl sgôr cyn a sgôr ar ôl (n = { $n }): mae'r canlyniad yn ddangosol yn unig.
dom-ons4-life-satisfaction = Yn gyffredinol, pa mor fodlon ydych chi â'ch bywyd y dyddiau hyn?
dom-ons4-worthwhile = Yn gyffredinol, i ba raddau ydych chi'n teimlo bod y pethau rydych chi'n eu gwneud yn eich bywyd yn werth chweil?
dom-ons4-happy = Yn gyffredinol, pa mor hapus oeddech chi'n teimlo ddoe?
dom-ons4-anxious = Yn gyffredinol, pa mor bryderus oeddech chi'n teimlo ddoe?
dom-ons4-anchor-low = dim o gwbl
dom-ons4-anchor-high = yn llwyr
dom-score-item-count = mae gan { $instrument } { $expected } eitem, ond rhoddwyd { $given } ateb
dom-score-out-of-range = mae ateb { $answer } i eitem { $item } y tu allan i { $low }–{ $high }
dom-coop-no-classes = mae angen un dosbarth aelodaeth o leiaf
dom-coop-class-needs-name = mae angen enw ar ddosbarth { $number }
dom-coop-class-twice = mae dau ddosbarth o'r enw '{ $name }'
dom-coop-share-price = { $class }: rhaid i gyfran gostio mwy na £0
dom-coop-votes = { $class }: mae angen un bleidlais o leiaf ar bob aelod
dom-coop-notice-range = rhaid bod rhwng 1 a 365 diwrnod
dom-coop-quorum-percent = rhaid bod yn 100% ar y mwyaf
dom-coop-special-majority = rhaid bod rhwng 51% a 100%
dom-register-ceased-before-admitted = mae cyn y dyddiad derbyn
dom-register-office-order = { $office }: mae'n dod i ben cyn iddo ddechrau
dom-ledger-transfer-needs-receiver = mae angen yr aelod sy'n derbyn y cyfranddaliadau ar drosglwyddiad
dom-ledger-transfer-to-self = ni ellir trosglwyddo cyfranddaliadau i'r un aelod
dom-ledger-only-transfer-receives = dim ond trosglwyddiad sydd ag aelod sy'n derbyn
dom-ledger-no-shares = nid oes gan gwmni cyfyngedig drwy warant gyfranddaliadau (gweler Gosodiadau, ffurf gyfreithiol)
dom-ledger-not-member = nid yw { $name } yn aelod ar { $date }
dom-ledger-over-class-max = byddai gan { $name } { $after } o gyfranddaliadau; caiff { $class } ddal { $max } ar y mwyaf
dom-ledger-overpaid = mae { $amount } yn fwy na chost { $shares } o gyfranddaliadau am { $price } yr un
dom-ledger-unknown-class = nid yw '{ $class }' yn un o ddosbarthiadau aelodaeth y gydweithfa
dom-ledger-holds = mae gan { $name } { $shares } o gyfranddaliadau ar { $date }
dom-ledger-paid = mae { $name } wedi talu { $amount } ar eu cyfranddaliadau
dom-ledger-receiver-max = caiff { $name } ddal { $max } o gyfranddaliadau ar y mwyaf
dom-meeting-no-notice = Ni chofnodwyd dyddiad rhoi rhybudd
dom-meeting-short-notice = { $days ->
    [two] Rhoddwyd { $days } ddiwrnod clir o rybudd; mae'r rheolau'n gofyn am { $needed }
   *[other] Rhoddwyd { $days } diwrnod clir o rybudd; mae'r rheolau'n gofyn am { $needed }
}
dom-meeting-notice-after = mae ar ôl y cyfarfod
dom-meeting-listed-twice = mae rhywun wedi'i restru ddwywaith
dom-meeting-proxy-holder = mae angen enw'r dirprwy ar gyfer rhywun sy'n bresennol drwy ddirprwy
dom-meeting-resolution-no-text = nid oes testun gan benderfyniad { $number }
dom-meeting-seconder-is-proposer = penderfyniad { $number }: ni all yr eilydd fod yn gynigydd hefyd

## y llinell orchymyn (cli-), copïau wrth gefn (backup-msg-) a siartiau (chart-)
cli-passphrase-for = Cyfrinymadrodd (neu allwedd adfer) ar gyfer { $file }:{" "}
cli-audit-detail-person = person { $person }
cli-audit-detail-person-and = person { $person }; { $detail }
cli-audit-none = Dim eitemau yn y trywydd archwilio.
cli-audit-none-match = Dim eitemau archwilio'n cyfateb.
cli-audit-col-when = pryd
cli-audit-col-user = defnyddiwr
cli-audit-col-action = gweithred
cli-audit-col-kind = math
cli-audit-col-record = cofnod
cli-audit-col-detail = manylion
cli-audit-entries = { $count ->
    [zero] dim eitemau
    [one] { $count } eitem
    [two] { $count } eitem
    [few] { $count } eitem
    [many] { $count } eitem
   *[other] { $count } eitem
}
cli-audit-intact = Mae'r trywydd archwilio yn gyfan: { $count } eitem, pob un wedi'i chysylltu â'r un o'i blaen.
cli-audit-broken = mae trywydd archwilio { $location } wedi torri yn { $at }
cli-backup-not-written = ni ysgrifennwyd copi wrth gefn o { $location }
cli-restore-exists = mae { $location } yn bodoli'n barod; ychwanegwch --force i roi'r copi wrth gefn yn ei lle (cedwir copi wrth gefn o'r ffeil yn gyntaf)
cli-restore-not-restored = ni adferwyd { $location }
cli-restore-kept = Cadwyd y ffeil fel yr oedd yn { $file }.
cli-restore-done = Adferwyd { $location } o { $file } ({ $count ->
        [two] { $count } gofnod
        [few] { $count } chofnod
        [many] { $count } chofnod
       *[other] { $count } cofnod
    }).
cli-restore-erased-again = Wedi'u dileu eto (am iddynt gael eu dileu ar ôl gwneud y copi wrth gefn): { $refs }.
cli-not-an-instrument = nid yw '{ $text }' yn fesur; defnyddiwch { $keys }
cli-no-person-in = nid oes person { $reference } yn { $location }
cli-no-person = nid oes person { $reference }
cli-wrote = Ysgrifennwyd { $file }
cli-chart-extension = rhaid i { $file } orffen â .png neu .svg
cli-cannot-write = methu ysgrifennu { $file }
cli-cannot-read = methu darllen { $file }
cli-cannot-write-stdout = methu ysgrifennu i'r allbwn safonol
cli-cannot-build-pdf = methu creu'r PDF
cli-cannot-build-workbook = methu creu'r llyfr gwaith
cli-check-records = cofnod
cli-check-entries = eitem
cli-check-ok = Iawn: mae pob cofnod yn datgodio, ac mae pob mynegai, crynodeb a chipolwg yn cyfateb i'w gofnodion.
cli-check-problem = problem: { $problem }
cli-check-problems-found = { $count ->
    [one] cafwyd { $count } broblem yn { $location }
    [two] cafwyd { $count } broblem yn { $location }
   *[other] cafwyd { $count } o broblemau yn { $location }
}
cli-register-empty = Nid oes neb ar y gofrestr eto.
cli-register-col-name = Enw
cli-register-col-class = Dosbarth
cli-register-col-admitted = Derbyniwyd
cli-register-col-ceased = Gadawodd
cli-register-col-shares = Cyfranddaliadau
cli-register-col-paid = Talwyd
cli-register-total = { $members ->
    [zero] dim aelodau
   *[other] { $members } aelod
}
cli-register-total-shares = { $members ->
        [zero] dim aelodau
       *[other] { $members } aelod
    }, { $shares ->
        [one] { $shares } cyfranddaliad wedi'i ddal
       *[other] { $shares } o gyfranddaliadau wedi'u dal
    }
cli-meetings-empty = Nid oes cyfarfodydd wedi'u cofnodi.
cli-meeting-line = { $kind }, { $date }: { $present } yn bresennol, cworwm { $quorum } ({ $state })
cli-meeting-quorate = cworwm wedi'i gyrraedd
cli-meeting-not-quorate = dim cworwm
cli-progress-of = o
cli-copy-target-not-empty = mae cydweithfa yn { $location } yn barod; copïwch i gronfa ddata wag yn unig (gofynnwch i weinyddwr y gweinydd am un newydd)
cli-exists-force = mae { $location } yn bodoli'n barod; ychwanegwch --force i roi un newydd yn ei lle
cli-copy-cannot = methu copïo i { $location }
cli-copy-done = Copïwyd { $count ->
        [two] { $count } gofnod
        [few] { $count } chofnod
        [many] { $count } chofnod
       *[other] { $count } cofnod
    } o { $from } i { $to } mewn { $seconds } eiliad; mae'r cyfrifon yn cyfateb.
cli-demo-target-not-empty = mae cydweithfa yn { $location } yn barod; dim ond i gronfa ddata wag yr ysgrifennir y gydweithfa enghreifftiol
cli-demo-wrote = Ysgrifennwyd y gydweithfa enghreifftiol i { $location }
cli-demo-exists = mae { $location } yn bodoli'n barod; ychwanegwch --force i roi'r gydweithfa enghreifftiol yn ei lle
cli-erase-confirm = ni ellir dadwneud dileu { $reference }; ychwanegwch --yes i gadarnhau
cli-export-person-needs-ref = mae export person angen cyfeirnod y person: export person REF
cli-letter-no-referral = nid oes gan { $reference } atgyfeiriad i ysgrifennu amdano
cli-letter-wrote = Ysgrifennwyd y llythyr canlyniad ar gyfer { $reference } i { $file }.
cli-export-xlsx-needs-out = mae --format xlsx yn ysgrifennu llyfr gwaith: rhowch y ffeil gyda --out FILE.xlsx
cli-export-pdf-needs-out = mae --format pdf yn ysgrifennu dogfen: rhowch y ffeil gyda --out FILE.pdf
cli-export-pdf-person-only = mae --format pdf ar gyfer export person REF; caiff cofnodion eu hallforio fel json, csv neu xlsx
cli-export-person-formats = mae export person yn ysgrifennu JSON neu PDF; gadewch --format { $format } allan
cli-export-unexpected-ref = ymresymiad annisgwyl '{ $extra }': dim ond export person sy'n cymryd cyfeirnod
cli-export-pdf-is-for-person = mae --format pdf ar gyfer export person REF
cli-generate-bad-scale = nid yw '{ $scale }' yn raddfa; defnyddiwch small, medium neu large
cli-generate-cannot = methu cynhyrchu cydweithfa yn { $location }
cli-generate-done = Cynhyrchwyd cydweithfa { $scale } yn { $location } mewn { $seconds } eiliad
cli-ics-no-member = nid oes aelod o'r enw neu â'r rhif '{ $wanted }'
cli-ics-member-calendar = { $name }: sesiynau carecoop
cli-ics-person-calendar = { $name }: sesiynau
cli-ics-member-or-person = rhowch un yn union o --member NAME_OR_ID neu --person REF
cli-ics-wrote = Ysgrifennwyd { $count ->
        [two] { $count } ddigwyddiad
       *[other] { $count } digwyddiad
    } ar gyfer y { $weeks } wythnos nesaf i { $file }
cli-import-not-imported = ni fewnforiwyd { $file }
cli-import-read = Darllenwyd { $file }: { $detected }.
cli-import-warning = Rhybudd: { $warning }.
cli-template-extension = caiff y templed ei ysgrifennu fel .xlsx neu .csv: rhowch --out FILE.xlsx neu FILE.csv
cli-template-wrote = Ysgrifennwyd y templed { $kind } i { $file }.
cli-match-no-referral = nid oes gan { $reference } atgyfeiriad sy'n aros i gael ei baru
cli-match-none = Dim awgrym ar gyfer { $reference } yn ystod y { $weeks } wythnos nesaf: nid oes gan yr un aelod sy'n cynnig ei weithgareddau slot rhydd.
cli-match-line = { $n }. { $activity } gyda { $member } ar { $when } (sgôr { $score })
cli-match-no-suggestion = nid oes awgrym { $n } ar gyfer { $reference } yn ystod y { $weeks } wythnos nesaf
cli-budget-col-fund = cronfa
cli-budget-col-amount = swm
cli-budget-col-spent = gwariwyd
cli-budget-col-committed = ymrwymwyd
cli-budget-col-remaining = ar ôl
cli-budget-overspent = rhybudd: mae { $fund } wedi gorwario { $amount }
cli-hours-bad-month = nid yw '{ $month }' yn fis fel 2026-11
cli-hours-col-member = aelod
cli-hours-col-sessions = sesiynau
cli-hours-col-hours = oriau
cli-hours-col-total-due = cyfanswm dyledus
cli-hours-col-by-payer = fesul talwr
cli-pack-dates = mae --to { $to } cyn --from { $from }
cli-pack-no-fund = nid oes cronfa o'r enw '{ $fund }' (cronfeydd: { $funds })
cli-pack-wrote = Ysgrifennwyd y pecyn i'r cyllidwr ar gyfer { $fund } i { $file }
cli-passphrase-give-new = rhowch y cyfrinymadrodd newydd yn { $variable }, neu rhedwch hwn mewn terfynell i'w deipio; ni newidiwyd dim
cli-passphrase-new = Cyfrinymadrodd newydd:{" "}
cli-passphrase-again = Yr un cyfrinymadrodd eto:{" "}
cli-passphrase-cannot-read = methu darllen y cyfrinymadrodd
cli-passphrase-differ = mae'r ddau gyfrinymadrodd yn wahanol; ni newidiwyd dim
cli-passphrase-none-yet = nid oes gan { $location } gyfrinymadrodd eto: rhedwch `carecoop protect --data FILE` yn gyntaf
cli-passphrase-already = mae { $location } wedi'i hamddiffyn yn barod: newidiwch y cyfrinymadrodd gyda `carecoop protect --change`
cli-passphrase-recovery-key = Allwedd adfer (dim ond nawr y caiff ei dangos; argraffwch hi neu ysgrifennwch hi i lawr, a'i chadw ar wahân i'r cyfrifiadur):
cli-passphrase-recovery-use = Mae'n agor y ffeil yn yr un ffordd â'r cyfrinymadrodd, os anghofir y cyfrinymadrodd.
cli-passphrase-none-to-remove = nid oes gan { $location } gyfrinymadrodd i'w dynnu
cli-compliance-all-valid = Mae PVG ac yswiriant pob aelod yn ddilys am o leiaf { $days ->
        [two] { $days } ddiwrnod
       *[other] { $days } diwrnod
    } arall.
cli-compliance-col-member = Aelod
cli-compliance-col-paper = Papur
cli-compliance-col-state = Statws
cli-compliance-col-expiry = Dod i ben
cli-compliance-count = Mae angen sylw ar { $count ->
        [two] { $count } bapur
        [few] { $count } phapur
        [many] { $count } phapur
       *[other] { $count } papur
    } (cyfnod rhybudd: { $days ->
        [two] { $days } ddiwrnod
       *[other] { $days } diwrnod
    }).
cli-retention-none = Nid oes neb i'w adolygu (cyfnod cadw: { $years ->
        [one] { $years } flwyddyn
        [two] { $years } flynedd
        [few] { $years } blynedd
        [many] { $years } blynedd
       *[other] { $years } o flynyddoedd
    }).
cli-retention-col-ref = cyf
cli-retention-col-name = enw
cli-retention-col-why = pam
cli-retention-count = { $count ->
    [zero] Nid oes neb i'w adolygu.
    [one] Mae { $count } person i'w adolygu.
    [two] Mae { $count } berson i'w hadolygu.
    [few] Mae { $count } pherson i'w hadolygu.
    [many] Mae { $count } pherson i'w hadolygu.
   *[other] Mae { $count } person i'w hadolygu.
}
cli-referrals-chart-title = Atgyfeiriadau fesul mis a ffynhonnell
cli-referrals-chart-wrote = Ysgrifennwyd y siart i { $file }.
cli-referrals-total = { $count ->
    [zero] dim atgyfeiriadau
   *[other] { $count } atgyfeiriad
}
cli-referrals-by-month = Fesul mis:
cli-referrals-by-source = Fesul ffynhonnell:
cli-referrals-by-status = Fesul statws:
cli-referrals-waiting = Diwrnodau aros: canolrif { $median }, hiraf { $longest }
cli-referrals-waiting-none = Diwrnodau aros: nid oes atgyfeiriad yn yr ystod wedi dechrau nac yn aros
cli-outcomes-no-ons4 = caiff eitemau ONS4 eu hadrodd fesul un; mae'r canlyniadau'n ymdrin â WEMWBS a SWEMWBS
cli-outcomes-bad-instrument = nid yw '{ $text }' yn fesur; defnyddiwch WEMWBS neu SWEMWBS
cli-outcomes-col-ref = Cyf
cli-outcomes-col-measure = Mesur
cli-outcomes-col-before = Cyn
cli-outcomes-col-after = Ar ôl
cli-outcomes-col-change = Newid
cli-outcomes-col-result = Canlyniad
cli-outcomes-summary = { $instrument }: { $headline }; { $no_change } heb newid, { $declined } wedi gwaethygu, { $in_progress } ar y gweill
cli-availability-week = Wythnos { $week } (o { $from })
cli-availability-col-member = aelod
cli-availability-col-available = ar gael
cli-availability-col-booked = archebwyd
cli-availability-col-free = rhydd
cli-availability-total = cyfanswm
cli-availability-demand = Galw o'r rhestr aros: { $hours } awr yr wythnos
cli-availability-bad-week = nid yw '{ $text }' yn wythnos ISO fel 2026-W48
cli-server-needs-url = mae gorchmynion server angen --data postgres://USER@HOST:PORT/DATABASE (gweinydd, nid ffeil)
cli-server-scrub-failed = nid oedd modd ailysgrifennu'r tablau (rhaid i berchennog y tablau redeg hwn)
cli-server-scrubbed = Ailysgrifennwyd tablau { $server } mewn { $seconds } eiliad: nid oes dim a ddilëwyd yn aros ynddynt.
cli-server-ready = Mae gweinydd y gydweithfa yn barod: { $server }
cli-server-roles-existed = Roedd y rolau carecoop_coordinator, carecoop_link_worker a carecoop_viewer yno'n barod.
cli-server-roles-created = Crëwyd y rolau { $roles }.
cli-server-add-logins = Ychwanegwch fewngofnod pob person gyda: carecoop server add-user NAME --role coordinator|link_worker|viewer --data URL
cli-server-user-added = Ychwanegwyd { $name } fel { $role } gyda'r cyfrinair a roddwyd.
cli-server-user-added-no-password = Ychwanegwyd { $name } fel { $role } heb gyfrinair: dim ond lle mae'r gweinydd yn ymddiried mewn dilysu cymheiriaid neu dystysgrif y gall fewngofnodi.
cli-server-password-for = Cyfrinair ar gyfer { $name }:{" "}
cli-server-cannot-read-password = methu darllen y cyfrinair
cli-server-no-password-typed = ni theipiwyd cyfrinair; ni newidiwyd dim
backup-msg-exists = mae { $file } yn bodoli'n barod; dewiswch enw newydd ar gyfer y copi wrth gefn
backup-msg-backed-up = Gwnaed copi wrth gefn o { $location } yn { $file }
backup-msg-server-copied = Copïwyd { $count ->
        [two] { $count } gofnod
        [few] { $count } chofnod
        [many] { $count } chofnod
       *[other] { $count } cofnod
    } o'r gweinydd { $location } i'r ffeil { $file }: copi ar ffurf ffeil (gwaith pg_dump yw copïau wrth gefn y gweinydd ei hun)
backup-msg-not-a-file = ffeil yw copi wrth gefn
backup-msg-server-restore = gweinyddwr y gweinydd sy'n adfer cydweithfa ar weinydd, o pg_dump; mae carecoop yn adfer ffeiliau
backup-msg-damaged = mae { $file } wedi'i difrodi ({ $problems }); ni adferwyd dim
chart-error = nid oedd modd llunio'r siart: { $reason }
chart-no-spending = Dim gwariant eto
chart-remaining = Yn weddill
chart-burndown-left = { $date }: £{ $amount } ar ôl
chart-burndown-left-projected = { $date }: £{ $amount } ar ôl (rhagamcan)
chart-hours = Oriau
chart-capacity = Capasiti
chart-booked = Archebwyd
chart-demand = Galw
chart-capacity-hover = Wythnos { $week }: { $series } { $hours } awr
chart-before = Cyn
chart-after = Ar ôl
chart-score-axis = Sgôr { $instrument }
chart-slope-hover = { $label }: { $before } i { $after } ({ $category })
chart-slope-mean = cymedr { $before } i { $after }
chart-change-axis = Newid (ar ôl llai cyn)
chart-people = Pobl
chart-histogram-hover = { $count ->
    [one] { $count } person wedi newid rhwng { $from } a { $to }
    [two] { $count } berson wedi newid rhwng { $from } a { $to }
    [few] { $count } pherson wedi newid rhwng { $from } a { $to }
    [many] { $count } pherson wedi newid rhwng { $from } a { $to }
   *[other] { $count } person wedi newid rhwng { $from } a { $to }
}
chart-ons4-life-satisfaction = Boddhad â bywyd
chart-ons4-worthwhile = Gwerth chweil
chart-ons4-happiness = Hapusrwydd ddoe
chart-ons4-anxiety = Gorbryder ddoe (gorau po isaf)
chart-ons4-none = Dim atebion ONS4 eto
chart-person-no-scores = { $title }: dim sgorau { $instrument } eto
chart-date = Dyddiad
chart-person-no-change-band = dim newid ystyrlon (llinell sylfaen { $baseline } ±{ $threshold })
chart-person-attended = | = yn bresennol mewn sesiwn ({ $count })
chart-referrals = Atgyfeiriadau

## gwallau'r haen ddata
data-already-open = mae { $path } ar agor mewn ffenestr carecoop arall
data-locked = mae { $path } wedi'i hamddiffyn â chyfrinymadrodd: rhowch y cyfrinymadrodd (y newidyn amgylchedd CARECOOP_PASSPHRASE, neu ei deipio pan ofynnir amdano) neu'r allwedd adfer
data-wrong-passphrase = nid dyna'r cyfrinymadrodd (na'r allwedd adfer) ar gyfer { $path }; ni newidiwyd dim
data-missing = nid yw { $path } yn bodoli (gwiriwch y llwybr, neu crëwch y ffeil gyda `carecoop demo --data FILE`)
data-not-carecoop = nid yw { $path } yn ffeil ddata carecoop ({ $reason }); ni chafodd ei newid
data-newer-schema = cafodd { $location } ei ysgrifennu gan fersiwn fwy newydd o carecoop (fformat data { $found }; mae'r fersiwn hon yn darllen hyd at { $supported }); diweddarwch carecoop
data-unreachable = ni ellir cyrraedd gweinydd y gydweithfa yn { $server }; gwiriwch y cyfeiriad a bod y gweinydd yn rhedeg
data-login-refused = gwrthododd y gweinydd yn { $server } y mewngofnodi ar gyfer { $user }: { $reason }
data-not-carecoop-server = nid yw { $location } yn gronfa ddata carecoop ({ $reason }); ni chafodd ei newid (mae gweinyddwr y gydweithfa yn ei sefydlu gyda `carecoop server setup`)
data-not-allowed = ni chaiff { $user } wneud y newid hwn: nid yw eu rôl ar weinydd y gydweithfa yn caniatáu hynny
data-corrupt = ni ellir darllen cofnod { $table } { $id }: { $reason }
data-read-only = mae { $path } yn ddarllen-yn-unig: mae angen i carecoop ysgrifennu iddi (gofynnwch am hawl i ysgrifennu, neu copïwch hi i ffolder y gallwch ysgrifennu iddo); ni chafodd ei newid
data-io = methodd darllen neu ysgrifennu { $path }
data-erased-not-scrubbed = cafodd { $reference } ei ddileu, ond ni ellid ailysgrifennu'r data wedyn, felly gall hen gopïau o'u cofnodion aros ynddo
data-backend = ni ellid defnyddio'r data: { $context }
data-gone = nid yw'r { $noun } hwnnw'n bodoli mwyach
data-gone-member = nid yw'r aelod hwnnw'n bodoli mwyach
data-gone-activity = nid yw'r gweithgaredd hwnnw'n bodoli mwyach
data-gone-person = nid yw'r person hwnnw'n bodoli mwyach
data-gone-referral = nid yw'r atgyfeiriad hwnnw'n bodoli mwyach
data-gone-session = nid yw'r sesiwn honno'n bodoli mwyach
data-gone-series = nid yw'r gyfres honno'n bodoli mwyach
data-gone-assessment = nid yw'r asesiad hwnnw'n bodoli mwyach
data-gone-fund = nid yw'r gronfa honno'n bodoli mwyach
data-gone-contact = nid yw'r cyswllt hwnnw'n bodoli mwyach
data-gone-availability = nid yw'r argaeledd hwnnw'n bodoli mwyach
data-gone-register-entry = nid yw'r cofnod hwnnw yn y gofrestr aelodau'n bodoli mwyach
data-gone-ledger-entry = nid yw'r cofnod hwnnw yn y cyfriflyfr cyfranddaliadau'n bodoli mwyach
data-gone-meeting = nid yw'r cyfarfod hwnnw'n bodoli mwyach
data-gone-goal = nid yw'r nod hwnnw'n bodoli mwyach
data-changed-at = { $time } ar { $date }
data-deleted-by = cafodd { $what } ei ddileu gan { $by } am { $at } (fersiwn { $version } erbyn hyn) ar ôl i chi ei agor; ni chadwyd dim
data-changed-by = cafodd { $what } ei newid gan { $by } am { $at } (fersiwn { $version } erbyn hyn) ar ôl i chi ei agor; ni chadwyd dim
data-deleted = cafodd { $what } ei ddileu ar ôl i chi ei agor; ni chadwyd dim
data-changed = cafodd { $what } ei newid ar ôl i chi ei agor; ni chadwyd dim
data-not-backed-up = nid yw carecoop ei hun yn gwneud copi wrth gefn o { $location } (ar weinydd, gwaith pg_dump yw hynny)
data-no-passphrase-on-server = dim ond ffeil ddata sydd â chyfrinymadrodd; mae'r gweinydd ei hun yn amddiffyn data gweinydd (amgryptio disg, TLS)
data-action-twice = rhedodd gweithred ddwywaith
data-action-not-run = ni redodd y weithred
data-wrong-kind = atebodd yr ôl-wyneb gyda math arall o gofnod

## gwallau'r ffeil ddata (storfa)
store-engine-failed = methodd peiriant y gronfa ddata
store-file-not-opened = ni ellid agor y ffeil ddata
store-transaction-not-started = ni ellid dechrau trafodyn
store-table-not-opened = ni ellid agor tabl
store-file-not-read = ni ellid darllen nac ysgrifennu'r ffeil ddata
store-change-not-saved = ni ellid cadw'r newid
store-file-not-compacted = ni ellid cywasgu'r ffeil ddata
store-not-own-file = nid yw { $path } yn ffeil ar ei phen ei hun, felly ni wneir copi wrth gefn ohoni yma
store-check-wrong-id = mae cofnod { $table } a gadwyd dan rif adnabod { $id } yn dweud mai { $own } yw ei rif adnabod
store-check-unreadable = ni ellir darllen cofnod { $table } { $id }: { $error }
store-check-glance-stale = mae cipolwg atgyfeiriad { $id } wedi dyddio
store-check-glance-stray = mae gan referral_glances gofnod ar gyfer atgyfeiriad { $id } nad yw'n cyfateb iddo
store-check-glance-missing = nid oes gan atgyfeiriad { $id } gipolwg
store-check-index-stray = mae gan fynegai { $index } gofnod (allwedd { $key }) ar gyfer cofnod { $table } { $id } nad yw'n cyfateb iddo
store-check-index-missing = nid oes gan fynegai { $index } y cofnod (allwedd { $key }) ar gyfer cofnod { $table } { $id }
store-audit-unlinked = nid yw'r cofnod wedi'i gysylltu â'r gadwyn
store-audit-unreadable = ni ellir darllen y trywydd archwilio: { $error }
store-audit-broken = mae'r trywydd archwilio wedi torri yn { $at }
store-being-rewritten = mae'r ffeil ddata yn cael ei hailysgrifennu
store-not-reopened = ni ellid ailagor { $path } ar ôl ei hailysgrifennu ({ $error }); caewch carecoop a'i agor eto
store-backend-scrub-owed = mae angen glanhau { $label } ar ôl dileu, ac ni ellir ailysgrifennu ôl-wyneb storio
store-backend-no-scrub = cedwir { $path } ar ôl-wyneb storio na ellir ei ailysgrifennu, felly gall data a ddilëwyd aros ynddo
store-old-format = mae'n defnyddio hen fformat cronfa ddata ({ $format })
store-is-folder = ffolder ydyw
store-file-empty = mae'r ffeil yn wag
store-no-signature = nid yw'n dechrau â llofnod cronfa ddata
store-other-program = cronfa ddata rhaglen arall ydyw
store-no-schema-version = nid oes ganddi fersiwn sgema carecoop
store-passphrase-short = mae angen o leiaf 8 nod ar gyfrinymadrodd (ychydig eiriau yw'r hawsaf i'w cofio)
store-protect-in-memory = dim ond yn y cof y cedwir y copi hwn o'r gydweithfa; nid oes ffeil i'w hamddiffyn
store-already-protected = mae'r ffeil eisoes wedi'i hamddiffyn; newidiwch ei chyfrinymadrodd yn lle hynny
store-not-protected-yet = nid yw'r ffeil wedi'i hamddiffyn â chyfrinymadrodd eto
store-not-protected = nid yw'r ffeil wedi'i hamddiffyn â chyfrinymadrodd
store-worker-failed = methodd darllen y ffeil ar edefyn gweithio
store-sealed-short = mae'r gwerth wedi'i selio yn rhy fyr
store-sealed-wrong-key = nid yw'r gwerth wedi'i selio yn agor ag allwedd y ffeil hon (wedi'i newid neu ei symud)
store-key-not-sealed = ni ellid selio allwedd y data
store-wrapped-key-damaged = mae allwedd wedi'i lapio wedi'i difrodi
store-key-settings = gosodiadau allwedd na ellir eu defnyddio: { $error }
store-key-not-derived = ni ellid deillio'r allwedd: { $error }
store-needs-owner-id = mae angen rhif adnabod ei berchennog ar gofnod { $table }
store-reference-taken = mae cofnod arall yn { $table } eisoes yn defnyddio'r cyfeirnod hwnnw
store-codec-empty = mae'r gwerth a gadwyd yn wag
store-codec-newer = cafodd ei ysgrifennu gan fersiwn fwy newydd o carecoop (fersiwn cofnod { $version })
store-codec-unknown = nid yw fersiwn cofnod { $version } yn hysbys
store-codec-payload = ni ellir datgodio'r beitiau a gadwyd: { $error }

## gwallau gweinydd y gydweithfa (pg)
pg-bad-sslmode = nid yw sslmode '{ $mode }' yn un o disable, prefer, require, verify-full
pg-bad-address = ni ellir darllen y cyfeiriad: { $error }
pg-no-such-database = nid oes cronfa ddata o'r fath ar y gweinydd
pg-connection-refused = gwrthododd y gweinydd y cysylltiad
pg-tls-failed = ni ellid sefydlu TLS
pg-reference-taken = mae cofnod arall eisoes yn defnyddio'r cyfeirnod hwnnw
pg-contention = newidiodd rhywun arall yr un cofnodion ar yr un pryd; ni chadwyd dim, rhowch gynnig arall arni
pg-connection-lost = collwyd y cysylltiad â'r gweinydd
pg-server-failed = ni allai'r gweinydd wneud hynny
pg-id-out-of-range = mae rhif adnabod cofnod { $id } y tu allan i'r amrediad
pg-connection-busy = mae'r cysylltiad â'r gweinydd yn brysur
pg-no-carecoop-tables = nid oes ganddi dablau carecoop
pg-other-tables = { $count ->
    [zero] nid oes ganddi dablau rhaglen arall
    [one] mae ganddi eisoes { $count } tabl gan raglen arall
    [two] mae ganddi eisoes { $count } dabl gan raglen arall
    [few] mae ganddi eisoes { $count } thabl gan raglen arall
    [many] mae ganddi eisoes { $count } thabl gan raglen arall
   *[other] mae ganddi eisoes { $count } tabl gan raglen arall
}
pg-people-reference-taken = mae cofnod arall yn people eisoes yn defnyddio'r cyfeirnod hwnnw
pg-audit-not-copied = mae'r gweinydd yn cadw ei drywydd archwilio ei hun; ni ellir copïo cofnodion iddo
pg-record-not-written = ni ellid ysgrifennu cofnod
pg-copy-no-id = nid oes rhif adnabod gan gofnod { $table } i'w gopïo
pg-check-place-stray = mae gan places res (sesiwn { $session }, person { $person }) nad yw gan ei sesiwn
pg-check-place-missing = nid oes gan places y rhes ar gyfer sesiwn { $session }, person { $person }
pg-check-member-mismatch = mae session_members a sesiwn { $session } yn anghytuno am aelod { $member }

## modd tîm (gweithiwr cefndir)
team-w-not-started = ni ellid dechrau'r cysylltiad: { $error }
team-w-stopped = mae'r cysylltiad â'r gweinydd wedi dod i ben
team-w-changes-on-server = gwneir newidiadau ar weinydd y gydweithfa, nid yng nghopi'r ffenestr hon
team-w-the-coop = y gydweithfa
team-w-server-unusable = ni ellir defnyddio gweinydd y gydweithfa; ni chadwyd dim
team-w-not-connected = heb gysylltu â gweinydd y gydweithfa (mae'n ceisio eto); ni chadwyd dim, gallwch roi cynnig arall ar eich newid pan fydd yn ôl
team-w-kind-members = aelodau
team-w-kind-activities = gweithgareddau
team-w-kind-people = pobl
team-w-kind-referrals = atgyfeiriadau
team-w-kind-sessions = sesiynau
team-w-kind-series = cyfresi
team-w-kind-assessments = asesiadau
team-w-kind-funds = cronfeydd
team-w-kind-contacts = cysylltiadau
team-w-kind-availability = argaeledd
team-w-kind-register-entries = cofnodion y gofrestr aelodau
team-w-kind-ledger-entries = cofnodion y cyfriflyfr cyfranddaliadau
team-w-kind-meetings = cyfarfodydd

## gweithredoedd: beth a wnaeth gweithred, a pham y'i gwrthodwyd (src/actions)
act-started-coop = Dechreuwyd cydweithfa wag
act-saved-named = Cadwyd { $name }
act-member-archived = Archifwyd yr aelod
act-member-restored = Adferwyd yr aelod
act-activity-archived = Archifwyd y gweithgaredd
act-activity-restored = Adferwyd y gweithgaredd
act-settings-saved = Cadwyd y gosodiadau
act-compliance-window = { $days ->
    [two] Caiff papurau sy'n dod i ben o fewn { $days } ddiwrnod eu nodi
   *[other] Caiff papurau sy'n dod i ben o fewn { $days } diwrnod eu nodi
}
act-availability-saved = Cadwyd yr argaeledd
act-contact-saved = Cadwyd y cyswllt
act-protected = Mae'r ffeil wedi'i hamddiffyn â chyfrinymadrodd; cadwch yr allwedd adfer yn rhywle diogel
act-passphrase-changed = Mae'r cyfrinymadrodd wedi'i newid
act-passphrase-removed = Mae'r cyfrinymadrodd wedi'i dynnu; gall unrhyw un sydd â'r ffeil ei darllen
act-session-saved = Cadwyd y sesiwn
act-series-updated = Diweddarwyd y gyfres o'r dyddiad hwnnw ymlaen ({ $count } sesiwn)
act-series-cancelled = Canslwyd y gyfres o'r dyddiad hwnnw ymlaen ({ $count } sesiwn)
act-suggestion-booked = Archebwyd y lle, ac mae'r atgyfeiriad bellach wedi'i baru
act-noun-member = aelod
act-noun-activity = gweithgaredd
act-noun-person = person
act-noun-referral = atgyfeiriad
act-noun-session = sesiwn
act-noun-series = cyfres
act-noun-assessment = asesiad
act-noun-fund = cronfa
act-noun-contact = cyswllt
act-noun-availability = argaeledd
act-noun-register-entry = cofnod yn y gofrestr
act-noun-ledger-entry = cofnod yn y cyfriflyfr cyfranddaliadau
act-noun-meeting = cyfarfod
act-series-booked = Archebwyd cyfres o { $count } sesiwn
act-session-booked = Archebwyd y sesiwn
act-attendance-saved = Cadwyd y presenoldeb
act-session-cancelled = Canslwyd y sesiwn
act-session-restored = Adferwyd y sesiwn
act-referral-already = statws yr atgyfeiriad yw { $status } yn barod
act-session-full = { $count ->
    [two] mae'r sesiwn yn llawn bellach ({ $count } le)
   *[other] mae'r sesiwn yn llawn bellach ({ $count } lle)
}
act-member-since-booked = mae'r aelod wedi'i archebu ar yr amser hwnnw ers hynny
act-person-since-booked = mae'r person wedi'i archebu ar yr amser hwnnw ers hynny
act-choose-another = { $why }; dewiswch awgrym arall
act-referral-saved-for = Cadwyd yr atgyfeiriad ar gyfer { $name } ({ $reference })
act-referral-status-saved = Cadwyd yr atgyfeiriad: { $status }
act-goal-added = Ychwanegwyd y nod
act-goal-status = Nod { $number }: { $status }
act-goal-activities = { $count ->
    [zero] Nod { $number }: dim gweithgareddau
    [two] Nod { $number }: { $count } weithgaredd
   *[other] Nod { $number }: { $count } gweithgaredd
}
act-assessment-saved-incomplete = Cadwyd yr asesiad fel un anghyflawn (heb sgôr)
act-assessment-saved = Cadwyd yr asesiad
act-register-kept = Cedwir eu cofnod yng nghofrestr aelodau'r gydweithfa (enw, cyfeiriad, cyfranddaliadau a dyddiadau), fel y mae adran 30 o Ddeddf Cymdeithasau Cydweithredol a Chymdeithasau Budd Cymunedol 2014 yn ei gwneud yn ofynnol; gellir ei dynnu unwaith y byddant wedi peidio â bod yn aelod am y cyfnod a nodir yn rheolau'r gydweithfa
act-no-person-with-id = nid oes person ag id { $id }
act-erased-one = Dilëwyd { $reference }: y person, { $referrals } atgyfeiriad, { $contacts ->
        [two] { $contacts } gyswllt
        [few] { $contacts } chyswllt
        [many] { $contacts } chyswllt
       *[other] { $contacts } cyswllt
    }, { $assessments } asesiad, a'u lle mewn { $sessions } sesiwn
act-erase-none-chosen = ni ddewiswyd neb i'w ddileu
act-erased-many = { $count ->
    [two] Dilëwyd { $count } berson: { $references }, gyda phob cofnod amdanynt
    [few] Dilëwyd { $count } pherson: { $references }, gyda phob cofnod amdanynt
    [many] Dilëwyd { $count } pherson: { $references }, gyda phob cofnod amdanynt
   *[other] Dilëwyd { $count } person: { $references }, gyda phob cofnod amdanynt
}
act-not-a-class = nid yw '{ $class }' yn ddosbarth; dosbarthiadau'r gydweithfa yw { $classes }
act-already-on-register = mae { $name } ar y gofrestr yn barod
act-admitted = Derbyniwyd { $name } yn aelod ({ $class })
act-register-entry-saved = Cadwyd cofnod { $name } yn y gofrestr
act-ledger-below-zero = byddai llinellau diweddarach yn y cyfriflyfr yn gadael aelod yn dal llai na dim
act-shares-issued = { $count ->
    [zero] Ni chyhoeddwyd dim cyfranddaliadau
    [two] Cyhoeddwyd { $count } gyfran
    [many] Cyhoeddwyd { $count } chyfran
   *[other] Cyhoeddwyd { $count } cyfran
}
act-shares-withdrawn = { $count ->
    [zero] Ni thynnwyd dim cyfranddaliadau yn ôl
    [two] Tynnwyd { $count } gyfran yn ôl
    [many] Tynnwyd { $count } chyfran yn ôl
   *[other] Tynnwyd { $count } cyfran yn ôl
}
act-shares-transferred = { $count ->
    [zero] Ni throsglwyddwyd dim cyfranddaliadau
    [two] Trosglwyddwyd { $count } gyfran
    [many] Trosglwyddwyd { $count } chyfran
   *[other] Trosglwyddwyd { $count } cyfran
}
act-still-a-member = mae { $name } yn dal yn aelod
act-entry-kept-until = caiff cofnod { $name } ei gadw tan { $date } ({ $years } o flynyddoedd ar ôl iddynt beidio â bod yn aelod, yn ôl rheolau'r gydweithfa)
act-still-holds-shares = mae gan { $name } gyfranddaliadau o hyd
act-removed-from-register = Tynnwyd { $name } oddi ar y gofrestr
act-meeting-saved = Cadwyd { $meeting } ({ $date })
act-import-members = { $total } aelod: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
act-import-activities = { $total ->
    [two] { $total } weithgaredd: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
   *[other] { $total } gweithgaredd: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
}
act-import-people = { $total ->
    [two] { $total } berson: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
    [few] { $total } pherson: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
    [many] { $total } pherson: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
   *[other] { $total } person: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
}
act-import-referrals = { $total } atgyfeiriad: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
act-import-assessments = { $total } asesiad: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
act-import-availability = argaeledd { $total } aelod: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
act-import-session-rows = { $total ->
    [two] { $total } res sesiwn: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
   *[other] { $total } rhes sesiwn: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
}
act-import-register = { $total ->
    [two] { $total } gofnod yn y gofrestr: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
    [few] { $total } chofnod yn y gofrestr: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
    [many] { $total } chofnod yn y gofrestr: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
   *[other] { $total } cofnod yn y gofrestr: { $added } wedi'u hychwanegu, { $updated } wedi'u diweddaru
}
act-import-occurrences = { $summary } ({ $count } achlysur)
act-imported = Mewnforiwyd { $summary }
act-audit-undid = dadwneud { $action }
act-audit-redid = ail-wneud { $action }
act-audit-started-coop = dechrau'r gydweithfa
act-audit-added-member = ychwanegu aelod
act-audit-changed-member = newid aelod
act-audit-archived-member = archifo aelod
act-audit-restored-member = adfer aelod
act-audit-added-activity = ychwanegu gweithgaredd
act-audit-changed-activity = newid gweithgaredd
act-audit-archived-activity = archifo gweithgaredd
act-audit-restored-activity = adfer gweithgaredd
act-audit-changed-settings = newid gosodiadau
act-audit-took-referral = derbyn atgyfeiriad
act-audit-changed-person = newid person
act-audit-changed-referral-status = newid statws atgyfeiriad
act-audit-added-goal = ychwanegu nod
act-audit-changed-goal-status = newid statws nod
act-audit-changed-goal-activities = newid gweithgareddau nod
act-audit-logged-contact = cofnodi cyswllt
act-audit-changed-contact = newid cyswllt
act-audit-recorded-assessment = cofnodi asesiad
act-audit-corrected-assessment = cywiro asesiad
act-audit-booked-series = archebu cyfres
act-audit-booked-session = archebu sesiwn
act-audit-changed-session = newid sesiwn
act-audit-recorded-attendance = cofnodi presenoldeb
act-audit-cancelled-session = canslo sesiwn
act-audit-restored-session = adfer sesiwn
act-audit-changed-series = newid cyfres
act-audit-cancelled-series = canslo cyfres
act-audit-added-fund = ychwanegu cronfa
act-audit-changed-fund = newid cronfa
act-audit-admitted-member = derbyn aelod
act-audit-changed-register-entry = newid cofnod yn y gofrestr
act-audit-recorded-shares = cofnodi cyfranddaliadau
act-audit-removed-from-register = tynnu oddi ar y gofrestr
act-audit-added-meeting = ychwanegu cyfarfod
act-audit-changed-meeting = newid cyfarfod
act-audit-changed-availability = newid argaeledd
act-audit-booked-suggestion = archebu awgrym
act-audit-imported = mewnforio
act-audit-erased-person = dileu person
act-audit-restored-backup = adfer o gopi wrth gefn
act-audit-viewed-person = gweld person
act-audit-protected = amddiffyn y ffeil â chyfrinymadrodd
act-audit-changed-passphrase = newid y cyfrinymadrodd
act-audit-removed-passphrase = tynnu'r cyfrinymadrodd
act-audit-exported-person = allforio person
act-audit-exported = allforio
act-undo-label = { $action } ({ $what })
act-undo-changed = ni ellir dadwneud “{ $label }”: mae { $what } wedi newid ers hynny (mewn ffenestr arall neu drwy fewnforio); ni chafodd dim ei ddadwneud
act-redo-changed = ni ellir ail-wneud “{ $label }”: mae { $what } wedi newid ers hynny (mewn ffenestr arall neu drwy fewnforio); ni chafodd dim ei ail-wneud
act-record-numbered = { $noun } { $id }
act-coop-settings = gosodiadau'r gydweithfa
act-undid = Dadwnaed: { $label }
act-redid = Ail-wnaed: { $label }
act-undo-series-from = o { $date } ymlaen
act-undo-shares = { $count } o gyfranddaliadau, { $date }
act-guard-not-on-top = ni ellir gwneud y newid hwnnw ar ben yr un a gadwyd ers hynny
act-guard-compare-failed = nid oedd modd cymharu cofnod
act-guard-noun-registerentry = cofnod yn y gofrestr
act-guard-noun-ledgerentry = cofnod yn y cyfriflyfr cyfranddaliadau
act-guard-named = { $noun } { $name }
act-guard-this = y cofnod hwn ({ $noun })
act-guard-none = (dim)

## mewnforio (cyfnewid)
imp-field-header = pennawd
imp-field-row = rhes
imp-row-error-sheet = taflen { $sheet }, rhes { $line }, maes { $field }: { $reason }
imp-row-error-line = llinell { $line }, maes { $field }: { $reason }
imp-nothing-imported = { $count ->
    [zero] ni fewnforiwyd dim; ni chafwyd problemau:
    [one] ni fewnforiwyd dim; cafwyd { $count } broblem:
    [two] ni fewnforiwyd dim; cafwyd { $count } broblem:
    [few] ni fewnforiwyd dim; cafwyd { $count } problem:
    [many] ni fewnforiwyd dim; cafwyd { $count } problem:
   *[other] ni fewnforiwyd dim; cafwyd { $count } problem:
}
imp-unknown-columns = { $count ->
    [one] Nid yw'r golofn hon yn golofn hysbys a chaiff ei gadael allan: { $names }
   *[other] Nid yw'r colofnau hyn yn golofnau hysbys a chânt eu gadael allan: { $names }
}
imp-column-missing = mae'r golofn '{ $column }' ar goll (yn ofynnol: { $required })
imp-column-twice = mae'r golofn '{ $column }' yn ymddangos ddwywaith
imp-extra-cells = mae ganddi { $cells } cell ond mae'r pennawd yn enwi { $columns } colofn (gwerth ychwanegol '{ $extra }')
imp-not-date = nid yw '{ $text }' yn ddyddiad fel 31/03/2026 neu 2026-03-31
imp-not-time = nid yw '{ $text }' yn amser fel 10:30
imp-not-choice = nid yw '{ $text }' yn { $noun }; defnyddiwch { $keys }
imp-not-whole-number = nid yw '{ $text }' yn rif cyfan rhwng { $min } a { $max }
imp-required = mae'n ofynnol
imp-required-use = mae'n ofynnol; defnyddiwch { $keys }
imp-twice = mae '{ $name }' yn ymddangos ddwywaith yn y ffeil
imp-in-future = mae'r dyddiad yn y dyfodol
imp-not-format = nid yw '{ $text }' yn fformat; defnyddiwch { $keys }
imp-noun-price-unit = uned pris
imp-no-person-import = nid oes person { $reference } (mewnforiwch bobl yn gyntaf)
imp-not-timepoint = nid yw '{ $text }' yn adeg asesu; defnyddiwch { $keys }
imp-not-instrument = nid yw '{ $text }' yn fesur; defnyddiwch { $keys }
imp-item-not-number = nid yw ateb eitem { $n }, '{ $item }', yn rif
imp-no-member = nid oes aelod o'r enw '{ $name }'
imp-not-weekday = nid yw '{ $text }' yn ddiwrnod o'r wythnos (mon..sun)
imp-after-start = rhaid iddo fod ar ôl yr amser dechrau
imp-not-kind = nid yw '{ $text }' yn fath; defnyddiwch { $keys }
imp-before-first-day = mae cyn y diwrnod cyntaf
imp-member-twice = mae '{ $name }' gyda'r e-bost '{ $email }' yn ymddangos ddwywaith yn y ffeil
imp-not-role = nid yw '{ $text }' yn rôl; defnyddiwch { $keys }
imp-no-activity-import = nid oes gweithgaredd o'r enw '{ $name }' (mewnforiwch weithgareddau yn gyntaf)
imp-noun-pvg-scope = gwmpas PVG
imp-not-reference = nid yw '{ $text }' yn gyfeirnod: defnyddiwch 1 i 20 o lythrennau, digidau, - neu /, fel P0001 neu CWC-012
imp-ref-twice = mae { $reference } yn ymddangos ddwywaith yn y ffeil
imp-not-need = nid yw '{ $text }' yn angen; defnyddiwch { $keys }
imp-yes-or-no = dylai '{ $text }' fod yn yes neu no
imp-not-source = nid yw '{ $text }' yn ffynhonnell; defnyddiwch { $keys }
imp-noun-urgency = lefel brys
imp-noun-status = statws
imp-amount-alone = mae'n dal { $shares } cyfran gyda { $paid } wedi'i dalu; gall ffeil ychwanegu cyfranddaliadau gyda'r hyn a dalwyd amdanynt, neu dynnu cyfranddaliadau gyda'r hyn a ad-dalwyd, ond nid newid y swm a dalwyd ar ei ben ei hun
imp-required-new-member = mae'n ofynnol ar gyfer aelod newydd
imp-not-class = nid yw '{ $text }' yn un o ddosbarthiadau'r gydweithfa: { $classes }
imp-not-negative = ni all fod yn negatif
imp-guarantee-no-shares = nid oes gan gwmni cyfyngedig drwy warant gyfranddaliadau (gweler Gosodiadau, ffurf gyfreithiol)
imp-max-shares = caiff { $class } ddal { $max } cyfran ar y mwyaf
imp-amount-too-much = mae { $amount } yn fwy na chost { $shares } cyfran ar { $price } yr un
imp-no-activity = nid oes gweithgaredd o'r enw '{ $name }'
imp-session-needs-member = rhaid i o leiaf un aelod gyflwyno'r sesiwn
imp-no-person = nid oes person { $reference }
imp-bad-repeat = dylai '{ $text }' fod yn none, weekly neu fortnightly
imp-required-repeats = mae'n ofynnol pan fydd y sesiwn yn ailadrodd
imp-before-first-date = mae cyn y dyddiad cyntaf
imp-utf8-bom = UTF-8 gyda nod trefn beitiau
imp-detected-comma = testun yn { $encoding }, colofnau wedi'u gwahanu â choma
imp-detected-semicolon = testun yn { $encoding }, colofnau wedi'u gwahanu â hanner colon
imp-detected-tab = testun yn { $encoding }, colofnau wedi'u gwahanu â thab
imp-detected-sheet = taflen “{ $sheet }” mewn { $format }
imp-format-ods = taenlen OpenDocument (.ods)
imp-format-xls = llyfr gwaith Excel 97-2003 (.xls)
imp-format-xlsx = llyfr gwaith Excel (.xlsx)
imp-sheet-unreadable = ni ellir darllen y daenlen: { $error }
imp-no-sheet = nid oes taflen o'r enw “{ $wanted }” yn y llyfr gwaith; ei daflenni yw { $available }
imp-not-workbook = dim ond taenlen (.xlsx neu .ods) sydd â thaflenni; testun yw'r ffeil hon
imp-file-empty = mae'r ffeil yn wag: mae angen llinell bennawd sy'n enwi'r colofnau
imp-line-unreadable = llinell { $line }: { $reason }
imp-takes-text = testun
imp-takes-reference = 1 i 20 o lythrennau, digidau, - neu /
imp-takes-date = dyddiad: YYYY-MM-DD neu DD/MM/YYYY
imp-takes-time = amser: 10:00 neu 10.00
imp-takes-money = punnoedd: 25, 25.50, £1,250.00
imp-takes-whole = rhif cyfan
imp-takes-yes-no = yes/no, y/n, true/false neu 1/0
imp-takes-list = rhestr wedi'i gwahanu â ;
imp-takes-choice = un o'r gwerthoedd a ganiateir (enw a gadwyd neu label)
imp-takes-choices = gwerthoedd a ganiateir wedi'u gwahanu â ;
imp-takes-answers = atebion yr eitemau yn eu trefn wedi'u gwahanu â ; (gwag ar gyfer eitem goll)
imp-takes-weekday = diwrnod o'r wythnos: Monday neu mon
imp-required-yes = ydy
imp-required-for-new = ar gyfer cofnod newydd
imp-required-no = nac ydy
imp-allowed-sheet = Gwerthoedd a ganiateir
imp-allowed-column = colofn
imp-allowed-required = gofynnol
imp-allowed-takes = yn derbyn
imp-allowed-value = gwerth
imp-allowed-label = label

## allforio (cyfnewid)
exp-table-unreadable = ni ellid darllen y tabl: { $error }
exp-workbook-unwritable = ni ellid ysgrifennu'r llyfr gwaith: { $error }
imp-repeat-none = Nid yw'n ailadrodd
## tudalen person: dewis iaith
people-field-preferred-language = Dewis iaith
people-language-not-asked = Heb ofyn
## dogfennau mewn iaith a ddewiswyd
report-language-bilingual = Y ddwy (Cymraeg yn gyntaf)
people-documents-language = Iaith llythyrau a dogfennau
settings-language = Iaith
settings-language-note = ar gyfer y cyfrifiadur hwn; mae llythyrau'n dilyn dewis pob person
form-picker-previous-month = Y mis blaenorol
form-picker-next-month = Y mis nesaf
form-picker-year = Blwyddyn

## cli/help.rs: --help y llinell orchymyn
cli-help-word-usage = Defnydd
cli-help-word-commands = Gorchmynion
cli-help-word-arguments = Ymresymiadau
cli-help-word-options = Opsiynau
cli-help-word-possible-values = Gwerthoedd posibl
cli-help-word-possible-values-inline = gwerthoedd posibl
cli-help-word-default = diofyn
cli-help-builtin-help = Dangos cymorth
cli-help-builtin-help-see-more = Dangos cymorth (mwy gyda '--help')
cli-help-builtin-help-see-summary = Dangos cymorth (crynodeb gyda '-h')
cli-help-builtin-version = Dangos y fersiwn
cli-help-builtin-help-command = Dangos y neges hon, neu gymorth yr is-orchymyn(ion) a enwir
cli-help-about = Ap bwrdd gwaith all-lein ar gyfer cwmnïau cydweithredol gofal a llesiant a gweithwyr cyswllt presgripsiynu cymdeithasol
cli-help-arg-data = Y ffeil ddata i'w hagor (diofyn: carecoop.redb yn ffolder data'r platfform), neu weinydd y gydweithfa fel postgres://USER@HOST:PORT/DATABASE (modd tîm)
cli-help-arg-lang = Iaith negeseuon, tablau a dogfennau: en neu cy (diofyn: iaith y system, o LC_ALL, LC_MESSAGES neu LANG; mae'r ffenestr yn cofio'r un a ddewiswyd yn y Gosodiadau)
cli-help-value-lang-en = Saesneg
cli-help-value-lang-cy = Cymraeg
cli-help-demo-about = Ysgrifennu'r gydweithfa enghreifftiol i ffeil newydd
cli-help-demo-arg-force = Disodli ffeil carecoop sy'n bodoli'n barod
cli-help-export-about = Allforio cofnodion fel JSON, CSV neu .xlsx; mae `export person REF` yn dangos popeth a gedwir am berson
cli-help-export-arg-kind = Beth i'w allforio
cli-help-value-export-kind-members = Aelodau'r gydweithfa
cli-help-value-export-kind-activities = Y catalog gweithgareddau
cli-help-value-export-kind-people = Pobl a atgyfeiriwyd
cli-help-value-export-kind-referrals = Atgyfeiriadau
cli-help-value-export-kind-sessions = Sesiynau (un rhes yw cyfres sy'n ailadrodd)
cli-help-value-export-kind-assessments = Asesiadau llesiant
cli-help-value-export-kind-funds = Cronfeydd
cli-help-value-export-kind-person = Popeth a gedwir am un person (mynediad gwrthrych at ddata), fel un ddogfen JSON
cli-help-value-export-kind-register = Y gofrestr aelodau, gan gynnwys cyn-aelodau, gyda'r cyfranddaliadau a ddelir a'r swm a dalwyd
cli-help-export-arg-reference = Cyfeirnod y person, ar gyfer `export person REF`
cli-help-export-arg-format = json (arae o wrthrychau), csv (gyda llinell pennawd) neu xlsx (celloedd wedi'u teipio; mae angen --out). Heb hwn: o estyniad y ffeil --out, neu json fel arall
cli-help-value-format-json = JSON
cli-help-value-format-csv = CSV
cli-help-value-format-xlsx = Llyfr gwaith Excel gyda chelloedd wedi'u teipio (dyddiadau, arian, rhifau); mae angen --out
cli-help-value-format-pdf = PDF i'w argraffu (export person yn unig); mae angen --out
cli-help-export-arg-out = Ysgrifennu i'r ffeil hon yn lle'r allbwn safonol
cli-help-export-arg-doc-lang = Iaith `export person REF --format pdf`: en, cy neu both (Cymraeg yn gyntaf). Heb hwn: dewis iaith y person, neu --lang fel arall
cli-help-value-doc-lang-en = Saesneg
cli-help-value-doc-lang-cy = Cymraeg
cli-help-value-doc-lang-both = Y ddwy, Cymraeg yn gyntaf
cli-help-check-about = Datgodio pob cofnod, gwirio pob mynegai a dangos y cyfrifon fesul tabl
cli-help-generate-about = Ysgrifennu cydweithfa synthetig ar raddfa (ar gyfer meincnodau), ar hap ond o hedyn sefydlog
cli-help-generate-arg-scale = small, medium neu large (500 aelod, 60,000 o bobl, 1,000,000 o bresenoldebau)
cli-help-generate-arg-force = Disodli ffeil carecoop sy'n bodoli'n barod
cli-help-import-about = Mewnforio ffeil CSV, testun, .xlsx neu .ods, y cyfan neu ddim (rhestrir rhesi gwallus fesul llinell, neu daflen a rhes, a maes). Canfyddir amgodiad a gwahanydd ffeil testun
cli-help-import-arg-kind = Beth sydd yn y ffeil
cli-help-value-import-kind-members = Aelodau: name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined
cli-help-value-import-kind-activities = Gweithgareddau: name,category,format,capacity,venue,village,default_minutes,price_gbp,price_unit
cli-help-value-import-kind-people = Pobl: ref,name,preferred_name,date_of_birth,village,gp_practice,phone,email,needs,interests,what_matters,consent_store,consent_share
cli-help-value-import-kind-referrals = Atgyfeiriadau: person_ref,date,source,referrer,reason,urgency,status
cli-help-value-import-kind-assessments = Asesiadau: person_ref,date,timepoint,instrument,answers (answers wedi'u gwahanu â `;`, gwag = ar goll)
cli-help-value-import-kind-sessions = Sesiynau: date,start,minutes,activity,members,participants,venue,repeat,repeat_until
cli-help-value-import-kind-availability = Argaeledd wythnosol: member,weekday,start,end (yn disodli patrwm pob aelod a enwir)
cli-help-value-import-kind-exceptions = Eithriadau argaeledd: member,from,to,kind (kind yn unavailable neu extra)
cli-help-value-import-kind-register = Y gofrestr aelodau: name,class,postal_address,email,admitted,ceased,shares,amount_paid_gbp
cli-help-import-arg-file = Y ffeil: .csv neu .txt (UTF-8, UTF-16 neu Windows-1252; coma, hanner colon neu dab), .xlsx neu .ods
cli-help-import-arg-sheet = Y daflen o'r llyfr gwaith i'w darllen (y gyntaf os na roddir un)
cli-help-letter-about = Ysgrifennu'r llythyr canlyniad ar gyfer atgyfeiriad diweddaraf person fel PDF (dim ond os ydynt wedi rhoi caniatâd i rannu canlyniadau): enw a chyfeiriad y gydweithfa, cod SNOMED CT, sgoriau a siart
cli-help-letter-arg-reference = Cyfeirnod y person
cli-help-letter-arg-out = Y PDF i'w ysgrifennu
cli-help-letter-arg-doc-lang = Iaith y llythyr: en, cy neu both (Cymraeg yn gyntaf). Heb hwn: dewis iaith y person, neu --lang fel arall
cli-help-template-about = Ysgrifennu templed ar gyfer ffeil fewnforio: y pennawd ac un rhes enghreifftiol (mae gan dempled .xlsx ail daflen sy'n rhestru beth mae pob colofn yn ei dderbyn)
cli-help-template-arg-kind = Ar gyfer beth mae'r templed
cli-help-template-arg-out = Y ffeil i'w hysgrifennu: FILE.xlsx neu FILE.csv
cli-help-protect-about = Amddiffyn ffeil ddata â chyfrinymadrodd (pob gwerth wedi'i selio; dangosir allwedd adfer unwaith). Daw'r cyfrinymadrodd o CARECOOP_PASSPHRASE neu caiff ei deipio mewn terfynell; gyda --change, daw'r un newydd o CARECOOP_NEW_PASSPHRASE neu caiff ei deipio
cli-help-protect-arg-change = Newid cyfrinymadrodd ffeil sydd wedi'i hamddiffyn
cli-help-unprotect-about = Tynnu cyfrinymadrodd ffeil ddata (caiff y ffeil ei hailysgrifennu fel y gall unrhyw un sydd â hi ei darllen)
cli-help-audit-about = Y trywydd archwilio: pwy a newidiodd neu a edrychodd ar ba gofnod, a phryd (y diweddaraf yn olaf)
cli-help-audit-arg-person = Dim ond eitemau am y person hwn (eu cyfeirnod, e.e. P0042)
cli-help-audit-arg-user = Dim ond eitemau gan y defnyddiwr hwn (enw defnyddiwr y cyfrifiadur, neu'r mewngofnod ar y gweinydd)
cli-help-audit-arg-action = Dim ond gweithredoedd sy'n cynnwys y testun hwn, e.e. "viewed" neu "referral status"
cli-help-audit-arg-from = Y diwrnod cyntaf, BBBB-MM-DD (amser y cyfrifiadur hwn)
cli-help-audit-arg-to = Y diwrnod olaf, BBBB-MM-DD
cli-help-audit-arg-json = Dangos JSON: arae o wrthrychau gydag at, user, action, kind, record, detail
cli-help-audit-arg-verify = Gwirio cadwyn stwnsh y trywydd cyfan yn lle hynny, a nodi'r ddolen gyntaf sydd wedi torri (cod gadael 1 os yw wedi torri)
cli-help-backup-about = Ysgrifennu copi wrth gefn o'r gydweithfa i ffeil newydd: copi cyson o ffeil ddata (wedi'i hamddiffyn â'r un allwedd os yw'r ffeil wedi'i hamddiffyn), neu gopi ffeil o gydweithfa ar weinydd
cli-help-backup-arg-out = Y ffeil wrth gefn i'w hysgrifennu (rhaid nad yw'n bodoli eto)
cli-help-restore-about = Rhoi copi wrth gefn yn lle'r ffeil ddata. Cedwir y ffeil bresennol fel copi wrth gefn yn gyntaf, a chaiff pawb a ddilëwyd ers gwneud y copi wrth gefn eu dileu eto
cli-help-restore-arg-backup = Y ffeil wrth gefn
cli-help-restore-arg-force = Disodli ffeil ddata sy'n bodoli'n barod (hebddo, dim ond ffeil sydd ar goll y mae restore yn ei chreu)
cli-help-erase-about = Dileu person a phob cofnod amdanynt, heb adael copi yn y ffeil
cli-help-erase-arg-kind = Beth i'w ddileu
cli-help-value-erase-kind-person = Person a phob cofnod amdanynt
cli-help-erase-arg-reference = Cyfeirnod y person, e.e. P0042
cli-help-erase-arg-yes = Cadarnhau: ni ellir dadwneud hyn
cli-help-chart-about = Llunio siart llesiant person mewn ffeil PNG neu SVG
cli-help-chart-arg-reference = Cyfeirnod y person, e.e. P0001
cli-help-chart-arg-out = Y ffeil i'w hysgrifennu: .png neu .svg
cli-help-chart-arg-width = Lled mewn picseli (200 i 8000)
cli-help-chart-arg-height = Uchder mewn picseli (150 i 8000)
cli-help-chart-arg-instrument = WEMWBS, SWEMWBS neu ONS4 (diofyn: yr un y mae gan y person fwyaf o sgoriau arno)
cli-help-match-about = Awgrymu gweithgaredd, aelod ac amser ar gyfer atgyfeiriad person sy'n aros, y gorau yn gyntaf
cli-help-match-arg-reference = Cyfeirnod y person, e.e. P0019
cli-help-match-arg-weeks = Faint o wythnosau ymlaen i edrych (1 i 52)
cli-help-match-arg-json = Dangos JSON yn lle rhestr
cli-help-match-arg-book = Archebu'r awgrym â'r rhif hwn (1 yw'r gorau), fel y mae "Archebu" yn y golwg Cynllunio: un trafodiad, ac mae'r atgyfeiriad yn symud i "Wedi'i baru"
cli-help-ics-about = Ysgrifennu sesiynau aelod neu berson fel calendr .ics ar gyfer ffonau
cli-help-ics-arg-member = Yr aelod, yn ôl enw neu rif
cli-help-ics-arg-person = Y person, yn ôl cyfeirnod
cli-help-ics-arg-out = Y ffeil .ics i'w hysgrifennu
cli-help-ics-arg-weeks = Faint o wythnosau ymlaen, o heddiw (1 i 520)
cli-help-copy-about = Copïo cydweithfa gyfan rhwng ffeil a gweinydd (y naill ffordd neu'r llall), gan wirio'r cyfrifon
cli-help-copy-arg-from = Ble mae'r gydweithfa nawr: ffeil neu URL postgres://
cli-help-copy-arg-to = I ble mae'n mynd: ffeil newydd, neu gronfa ddata wag ar weinydd
cli-help-copy-arg-force = Disodli ffeil carecoop sy'n bodoli'n barod (ni chaiff cronfa ddata ar weinydd byth ei gwagio)
cli-help-server-about = Paratoi gweinydd tîm y gydweithfa (PostgreSQL): tablau, rolau a mewngofnodion
cli-help-server-setup-about = Creu (neu uwchraddio) y tablau a'r rolau carecoop_coordinator, carecoop_link_worker a carecoop_viewer, gyda'u hawliau
cli-help-server-add-user-about = Creu mewngofnod yn un o'r rolau (cyfrinair o CARECOOP_NEW_PASSWORD, neu gofynnir amdano)
cli-help-server-add-user-arg-name = Enw'r mewngofnod
cli-help-server-add-user-arg-role = coordinator, link_worker neu viewer
cli-help-value-server-role-coordinator = Popeth
cli-help-value-server-role-link-worker = Popeth ond gosodiadau a chronfeydd
cli-help-value-server-role-viewer = Darllen yn unig
cli-help-server-scrub-about = Ailysgrifennu'r tablau sy'n dal cofnodion pobl (VACUUM FULL), fel nad oes dim o berson a ddilëwyd yn aros yn ffeiliau'r gweinydd: i'w redeg gan berchennog y tablau (y gweinyddwr), ar ôl i weithiwr cyswllt ddileu rhywun, neu bob nos
cli-help-report-about = Dangos adroddiad
cli-help-report-retention-about = Pobl sy'n ddyledus am adolygiad: wedi'u cadw y tu hwnt i gyfnod cadw'r gydweithfa ar ôl i'w hatgyfeiriad olaf ddod i ben, neu sydd wedi tynnu eu caniatâd i'r gydweithfa gadw eu data yn ôl
cli-help-report-retention-arg-json = Dangos JSON yn lle tabl
cli-help-report-compliance-about = Aelodau y mae eu PVG neu eu hyswiriant ar goll, wedi dod i ben neu ar fin dod i ben
cli-help-report-compliance-arg-within = Y cyfnod rhybuddio mewn diwrnodau, 0 i 3650 (diofyn: gosodiad y ffeil, 60 oni bai ei fod wedi'i newid)
cli-help-report-compliance-arg-json = Dangos JSON yn lle tabl
cli-help-report-outcomes-about = Llesiant cyn/ar ôl fesul person, a chrynodeb y garfan
cli-help-report-outcomes-arg-instrument = WEMWBS neu SWEMWBS (diofyn: y ddau)
cli-help-report-outcomes-arg-json = Dangos JSON yn lle tabl
cli-help-report-availability-about = Oriau ar gael, wedi'u harchebu ac yn rhydd fesul aelod ar gyfer wythnos ISO, gyda'r galw
cli-help-report-availability-arg-week = Yr wythnos ISO, e.e. 2026-W48
cli-help-report-availability-arg-json = Dangos JSON yn lle tabl
cli-help-report-budget-about = Fesul cronfa: swm, wedi'i wario, wedi'i ymrwymo ac yn weddill
cli-help-report-budget-arg-json = Dangos JSON yn lle tabl
cli-help-report-hours-about = Fesul aelod am fis: sesiynau, oriau a'r swm sy'n ddyledus fesul talwr
cli-help-report-hours-arg-month = Y mis, BBBB-MM
cli-help-report-hours-arg-json = Dangos JSON yn lle tabl
cli-help-report-pack-about = Pecyn i'r cyllidwr: un ffeil HTML hunangynhwysol ar gyfer cronfa a chyfnod
cli-help-report-pack-arg-fund = Y gronfa, yn ôl enw
cli-help-report-pack-arg-from = Y diwrnod cyntaf, BBBB-MM-DD
cli-help-report-pack-arg-to = Y diwrnod olaf, BBBB-MM-DD
cli-help-report-pack-arg-out = Y ffeil HTML i'w hysgrifennu
cli-help-report-pack-arg-include-names = Enwi'r bobl (fel arall, "Person 1", "Person 2"... ydynt)
cli-help-report-register-about = Y gofrestr aelodau: enw, dosbarth, cyfeiriadau, dyddiadau, cyfranddaliadau a'r swm a dalwyd (aelodau presennol; gyda --include-former, cyn-aelodau hefyd)
cli-help-report-register-arg-json = Dangos JSON yn lle tabl
cli-help-report-register-arg-include-former = Cynnwys aelodau y daeth eu haelodaeth i ben
cli-help-report-meetings-about = Cyfarfodydd cyffredinol a chyfarfodydd y bwrdd, y diweddaraf yn gyntaf: rhybudd, cworwm, penderfyniadau a phleidleisiau
cli-help-report-meetings-arg-json = Dangos JSON yn lle tabl
cli-help-report-referrals-about = Atgyfeiriadau fesul mis a ffynhonnell, fesul statws, a'r dyddiau o aros
cli-help-report-referrals-arg-from = Y diwrnod cyntaf (a dderbyniwyd ar y dyddiad hwn neu wedyn), BBBB-MM-DD
cli-help-report-referrals-arg-to = Y diwrnod olaf (a dderbyniwyd ar y dyddiad hwn neu cyn hynny), BBBB-MM-DD
cli-help-report-referrals-arg-json = Dangos JSON yn lle tabl
cli-help-report-referrals-arg-chart = Ysgrifennu hefyd siart yr atgyfeiriadau fesul mis a ffynhonnell: FILE.png neu FILE.svg
## mathau o gofnod, fel y'u dangosir yn y trywydd archwilio
act-kind-coop = cydweithfa
act-kind-member = aelod
act-kind-activity = gweithgaredd
act-kind-person = person
act-kind-referral = atgyfeiriad
act-kind-session = sesiwn
act-kind-series = cyfres
act-kind-assessment = asesiad
act-kind-fund = cronfa
act-kind-contact = cyswllt
act-kind-availability = argaeledd
act-kind-register-entry = cofnod yn y gofrestr
act-kind-ledger-entry = cofnod yn y cyfriflyfr
act-kind-meeting = cyfarfod
act-kind-settings = gosodiadau

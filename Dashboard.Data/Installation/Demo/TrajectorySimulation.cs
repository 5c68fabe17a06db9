using static Dashboard.Data.Installation.Demo.DemoCodes;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// Fills each practice's work and learning places with a succession of people from the day it opens: a
/// place is taken, runs for a time that suits its type, ends with an outcome that depends on the store's
/// profile (or is still running on the last day), and is taken again a few weeks later. Some people move
/// on inside the company — a work-experience place ending in a job in the company is followed by that
/// job — and earn certificates that suit the practice while they are there.
/// </summary>
internal sealed class TrajectorySimulation
{
    private readonly record struct Person(int Id, string TargetGroup, string? AgeGroup);

    private readonly DemoOrganisation _organisation;
    private readonly DemoRandom _random;
    private readonly List<DemoTrajectory> _trajectories = [];
    private readonly List<DemoCertificate> _certificates = [];
    private readonly HashSet<(int Person, DateOnly Date, string Kind, string Name)> _certificateKeys = [];
    private OutcomeBalance _balance = new();
    private int _people;

    private TrajectorySimulation(DemoOrganisation organisation, int seed)
    {
        _organisation = organisation;
        _random = new DemoRandom(seed);
    }

    public static ParticipantRecords Run(DemoOrganisation organisation, int seed)
    {
        var simulation = new TrajectorySimulation(organisation, seed);
        foreach (var store in organisation.Stores)
        {
            simulation.FillStore(store);
        }
        return simulation.Records();
    }

    private void FillStore(DemoStore store)
    {
        _balance = new OutcomeBalance();
        foreach (var practice in store.Practices)
        {
            FillPlaces(store, practice);
        }
    }

    private void FillPlaces(DemoStore store, DemoPractice practice)
    {
        var opens = OpeningDay(store, practice);
        for (var place = 0; place < practice.Capacity; place++)
        {
            // A new practice fills its places over its first months, not all on the opening day.
            var start = DemoPeriod.Weekday(opens.AddDays(_random.Between(0, 150)));
            while (start <= DemoPeriod.Last)
            {
                var type = _random.Pick(TypeMix(practice.Kind));
                var end = Place(NewPerson(type), store, practice, type, start, scheme: null, ladderStart: null);
                if (end is null)
                {
                    break;
                }
                start = DemoPeriod.Weekday(end.Value.AddDays(_random.Between(5, 60)));
            }
        }
    }

    private static DateOnly OpeningDay(DemoStore store, DemoPractice practice) =>
        DemoPeriod.Latest(DemoPeriod.Latest(DemoPeriod.First, store.OpensOn), practice.OpensOn);

    private Person NewPerson(string type)
    {
        var targetGroup = _random.Pick(TargetGroups(type));
        var ageGroup = _random.Chance(0.04) ? null : _random.Pick(AgeGroups(type, targetGroup));
        return new Person(_people++, targetGroup, ageGroup);
    }

    /// <summary>One trajectory and what follows from it; returns its end, or null while it runs.</summary>
    private DateOnly? Place(Person person, DemoStore store, DemoPractice practice, string type, DateOnly start, string? scheme, int? ladderStart)
    {
        var outcomes = Outcomes(type, store);
        string? outcome = _random.Pick(_balance.Lean(outcomes));
        var planned = PlannedDays(type);
        var days = outcome == Outcome.Uitval ? Math.Max(14, (int)(planned * _random.Between(0.15, 0.6))) : planned;
        DateOnly? end = DemoPeriod.Weekday(start.AddDays(days));
        if (end > DemoPeriod.Last)
        {
            end = null;
            outcome = null;
        }
        else
        {
            _balance.Record(outcomes, outcome);
        }
        scheme ??= _random.Chance(0.07) ? null : _random.Pick(Schemes(type, person.TargetGroup));
        int? ladderFrom = null, ladderTo = null;
        if (_organisation.RecordsLadder && !_random.Chance(0.08))
        {
            ladderFrom = ladderStart ?? _random.Pick(LadderAtIntake(type, person.TargetGroup));
            if (outcome is not null && !_random.Chance(0.05))
            {
                ladderTo = Math.Clamp(ladderFrom.Value + _random.Pick(LadderChange(outcome, ladderFrom.Value)), 1, 6);
            }
        }
        var trajectory = new DemoTrajectory(person.Id, store, practice, person.TargetGroup, person.AgeGroup, scheme, type, start, end,
            Hours(type), outcome, ladderFrom, ladderTo);
        _trajectories.Add(trajectory);
        Certificates(trajectory);
        if (end is { } ended)
        {
            FollowOn(person, store, practice, trajectory, ended);
        }
        return end;
    }

    /// <summary>A job in the company after a place that led to one; another place after a move to another trajectory.</summary>
    private void FollowOn(Person person, DemoStore store, DemoPractice practice, DemoTrajectory ended, DateOnly end)
    {
        if (ended.Outcome == Outcome.BetaaldWerkIntern && ended.Type != Trajectory.Dienstverband && _random.Chance(0.85))
        {
            var job = _random.Chance(0.6) ? practice : _random.PickAny(store.Practices);
            var start = DemoPeriod.Weekday(end.AddDays(_random.Between(1, 14)));
            if (start <= DemoPeriod.Last && OpeningDay(store, job) <= start)
            {
                var scheme = person.TargetGroup == Group.Arbeidsbeperking
                    ? _random.Pick([(Scheme.Loonkostensubsidie, 0.5), (Scheme.WswBeschut, 0.3), (Scheme.Wajong, 0.2)])
                    : _random.Pick([(Scheme.Loonkostensubsidie, 0.5), (Scheme.Geen, 0.5)]);
                Place(person, store, job, Trajectory.Dienstverband, start, scheme, ended.LadderEnd is null ? null : 5);
            }
        }
        else if (ended.Outcome == Outcome.AnderTraject && store.Practices.Count > 1 && _random.Chance(0.4))
        {
            var next = _random.PickAny(store.Practices.Where(p => p != practice).ToList());
            var start = DemoPeriod.Weekday(end.AddDays(_random.Between(1, 30)));
            if (start <= DemoPeriod.Last && OpeningDay(store, next) <= start)
            {
                var type = _random.Pick([(Trajectory.Leerwerk, 0.6), (Trajectory.Werkervaring, 0.4)]);
                Place(person, store, next, type, start, scheme: null, ended.LadderEnd);
            }
        }
    }

    private void Certificates(DemoTrajectory trajectory)
    {
        var last = WorkdayOnOrBefore(trajectory.End ?? DemoPeriod.Last);
        var tenure = last.DayNumber - trajectory.Start.DayNumber;
        var kind = trajectory.Practice.Kind;
        var factor = trajectory.Type == Trajectory.Vrijwilliger ? 0.5 : trajectory.Type == Trajectory.Dagbesteding ? 0.2 : 1.0;
        if (trajectory.Outcome == Outcome.Uitval)
        {
            factor *= 0.4;
        }
        if (tenure >= 45)
        {
            foreach (var (certificate, name, chance) in Courses(kind))
            {
                if (_random.Chance(chance * factor))
                {
                    var date = WorkdayOnOrBefore(trajectory.Start.AddDays(_random.Between(30, Math.Min(tenure, 300))));
                    Add(trajectory, date, certificate, _random.Chance(0.06) ? null : name);
                }
            }
        }
        var completed = trajectory.Outcome is { } outcome && outcome != Outcome.Uitval;
        if (!completed || tenure < 60)
        {
            return;
        }
        if (trajectory.Type != Trajectory.Vrijwilliger && trajectory.Type != Trajectory.Dienstverband && _random.Chance(0.55))
        {
            var date = WorkdayOnOrBefore(last.AddDays(-_random.Between(0, 10)));
            Add(trajectory, date, Certificate.Praktijkverklaring, _random.Chance(0.4) ? null : Role(kind));
        }
        if ((trajectory.Type == Trajectory.StageBbl || trajectory.Type == Trajectory.Leerwerk)
            && trajectory.Outcome is var o && (o == Outcome.Opleiding || o == Outcome.BetaaldWerk || o == Outcome.BetaaldWerkIntern)
            && _random.Chance(0.35))
        {
            Add(trajectory, last, Certificate.MboDiploma, _random.Chance(0.1) ? null : Diploma(kind));
        }
    }

    private void Add(DemoTrajectory trajectory, DateOnly date, string kind, string? name)
    {
        if (date < trajectory.Start || !_certificateKeys.Add((trajectory.Person, date, kind, name ?? string.Empty)))
        {
            return;
        }
        _certificates.Add(new DemoCertificate(trajectory.Person, trajectory.Store, trajectory.Practice, date, kind, name));
    }

    private static DateOnly WorkdayOnOrBefore(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(-2),
        _ => day,
    };

    /// <summary>Numbers the people in order of intake, as the organisation's own system would, and gives them its codes.</summary>
    private ParticipantRecords Records()
    {
        var firstStart = Enumerable.Repeat(DateOnly.MaxValue, _people).ToArray();
        foreach (var trajectory in _trajectories)
        {
            if (trajectory.Start < firstStart[trajectory.Person])
            {
                firstStart[trajectory.Person] = trajectory.Start;
            }
        }
        var intake = Enumerable.Range(0, _people).OrderBy(p => firstStart[p]).ThenBy(p => p).ToArray();
        var rank = new int[_people];
        var codes = new string[_people];
        var (year, numberInYear) = (0, 0);
        for (var i = 0; i < intake.Length; i++)
        {
            rank[intake[i]] = i;
            var intakeYear = firstStart[intake[i]].Year;
            (year, numberInYear) = intakeYear == year ? (year, numberInYear + 1) : (intakeYear, 1);
            codes[i] = _organisation.ParticipantCode(i + 1, intakeYear, numberInYear);
        }
        var trajectories = _trajectories
            .Select(t => t with { Person = rank[t.Person] })
            .OrderBy(t => t.Person).ThenBy(t => t.Start)
            .ToList();
        var certificates = _certificates
            .Select(c => c with { Person = rank[c.Person] })
            .OrderBy(c => c.Date).ThenBy(c => c.Person).ThenBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new ParticipantRecords(_organisation, codes, trajectories, certificates);
    }

    private static (string, double)[] TypeMix(string kind) => kind switch
    {
        _ when kind == Kind.Winkel => [(Trajectory.Werkervaring, 35), (Trajectory.Vrijwilliger, 25), (Trajectory.Leerwerk, 15), (Trajectory.StageBbl, 8),
            (Trajectory.Dagbesteding, 7), (Trajectory.Dienstverband, 7), (Trajectory.Overig, 3)],
        _ when kind == Kind.Sortering => [(Trajectory.Werkervaring, 40), (Trajectory.Leerwerk, 15), (Trajectory.Dagbesteding, 15),
            (Trajectory.Vrijwilliger, 12), (Trajectory.Dienstverband, 10), (Trajectory.StageBbl, 3), (Trajectory.Overig, 5)],
        _ when kind == Kind.Horeca => [(Trajectory.Werkervaring, 35), (Trajectory.Leerwerk, 25), (Trajectory.StageBbl, 20),
            (Trajectory.Vrijwilliger, 10), (Trajectory.Dienstverband, 5), (Trajectory.Dagbesteding, 5)],
        _ when kind == Kind.Fietsen => [(Trajectory.Werkervaring, 30), (Trajectory.Leerwerk, 25), (Trajectory.StageBbl, 15),
            (Trajectory.Vrijwilliger, 15), (Trajectory.Dagbesteding, 10), (Trajectory.Dienstverband, 5)],
        _ when kind == Kind.Textiel => [(Trajectory.Werkervaring, 30), (Trajectory.Vrijwilliger, 25), (Trajectory.Dagbesteding, 15),
            (Trajectory.Leerwerk, 15), (Trajectory.StageBbl, 5), (Trajectory.Dienstverband, 5), (Trajectory.Overig, 5)],
        _ when kind == Kind.Meubels => [(Trajectory.Werkervaring, 35), (Trajectory.Leerwerk, 20), (Trajectory.Vrijwilliger, 15),
            (Trajectory.Dagbesteding, 15), (Trajectory.StageBbl, 10), (Trajectory.Dienstverband, 5)],
        _ when kind == Kind.Elektra => [(Trajectory.Werkervaring, 35), (Trajectory.Leerwerk, 25), (Trajectory.StageBbl, 15),
            (Trajectory.Vrijwilliger, 15), (Trajectory.Dienstverband, 10)],
        _ => [(Trajectory.Werkervaring, 40), (Trajectory.Dienstverband, 20), (Trajectory.Leerwerk, 20), (Trajectory.Vrijwilliger, 20)],
    };

    private (string, double)[] TargetGroups(string type)
    {
        var newcomers = _organisation.NewcomerWeight;
        return type switch
        {
            _ when type == Trajectory.Werkervaring => [(Group.Arbeidsbeperking, 35), (Group.ZonderWerk, 40), (Group.Nieuwkomer, 25 * newcomers)],
            _ when type == Trajectory.Leerwerk => [(Group.ZonderWerk, 35), (Group.Nieuwkomer, 30 * newcomers), (Group.Arbeidsbeperking, 25),
                (Group.Opleiding, 10)],
            _ when type == Trajectory.StageBbl => [(Group.Opleiding, 1)],
            _ when type == Trajectory.Vrijwilliger => [(Group.Overig, 60), (Group.ZonderWerk, 15), (Group.Arbeidsbeperking, 15),
                (Group.Nieuwkomer, 10 * newcomers)],
            _ when type == Trajectory.Dienstverband => [(Group.Arbeidsbeperking, 60), (Group.ZonderWerk, 30), (Group.Nieuwkomer, 10 * newcomers)],
            _ when type == Trajectory.Dagbesteding => [(Group.Arbeidsbeperking, 90), (Group.Overig, 10)],
            _ => [(Group.Overig, 60), (Group.ZonderWerk, 40)],
        };
    }

    private static (string, double)[] AgeGroups(string type, string targetGroup) => (type, targetGroup) switch
    {
        _ when targetGroup == Group.Opleiding => [(Age.Tot27, 90), (Age.Tot50, 10)],
        _ when type == Trajectory.Vrijwilliger => [(Age.Plus50, 55), (Age.Tot50, 30), (Age.Tot27, 15)],
        _ when targetGroup == Group.Nieuwkomer => [(Age.Tot27, 35), (Age.Tot50, 55), (Age.Plus50, 10)],
        _ => [(Age.Tot27, 25), (Age.Tot50, 50), (Age.Plus50, 25)],
    };

    private static (string, double)[] Schemes(string type, string targetGroup) => (type, targetGroup) switch
    {
        _ when type == Trajectory.Dagbesteding => [(Scheme.Overig, 60), (Scheme.Wajong, 30), (Scheme.Wia, 10)],
        _ when type == Trajectory.Dienstverband => [(Scheme.Loonkostensubsidie, 35), (Scheme.WswBeschut, 35), (Scheme.Geen, 30)],
        _ when targetGroup == Group.Arbeidsbeperking => [(Scheme.Participatiewet, 25), (Scheme.Loonkostensubsidie, 15), (Scheme.Wajong, 30),
            (Scheme.Wia, 10), (Scheme.WswBeschut, 15), (Scheme.Overig, 5)],
        _ when targetGroup == Group.ZonderWerk => [(Scheme.Participatiewet, 75), (Scheme.Wia, 8), (Scheme.Geen, 12), (Scheme.Overig, 5)],
        _ when targetGroup == Group.Nieuwkomer => [(Scheme.Inburgering, 55), (Scheme.Participatiewet, 45)],
        _ when targetGroup == Group.Opleiding => [(Scheme.Geen, 85), (Scheme.Overig, 15)],
        _ => [(Scheme.Geen, 75), (Scheme.Overig, 25)],
    };

    private int PlannedDays(string type) => type switch
    {
        _ when type == Trajectory.Werkervaring => _random.Between(90, 365),
        _ when type == Trajectory.Leerwerk => _random.Between(180, 730),
        _ when type == Trajectory.StageBbl => _random.Between(150, 320),
        _ when type == Trajectory.Vrijwilliger => _random.Between(120, 1100),
        _ when type == Trajectory.Dienstverband => _random.Between(365, 1460),
        _ when type == Trajectory.Dagbesteding => _random.Between(180, 900),
        _ => _random.Between(30, 180),
    };

    private decimal Hours(string type)
    {
        decimal[] usual = type switch
        {
            _ when type == Trajectory.Werkervaring => [16, 20, 24, 24, 28, 32],
            _ when type == Trajectory.Leerwerk => [24, 28, 32, 32, 36],
            _ when type == Trajectory.StageBbl => [16, 24, 24, 32],
            _ when type == Trajectory.Vrijwilliger => [8, 8, 12, 16, 20],
            _ when type == Trajectory.Dienstverband => [24, 28, 32, 36, 36],
            _ when type == Trajectory.Dagbesteding => [8, 12, 16, 20],
            _ => [8, 12, 16],
        };
        var hours = _random.PickAny(usual);
        // Now and then an odd contract: 18,5 or 22,5 hours.
        return _random.Chance(0.08) && hours > 8 ? hours - 1.5m : hours;
    }

    /// <summary>
    /// How trajectories of a type end at a store: paid work and drop-out follow the store's profile (more
    /// paid work after a work-experience place, less after volunteering), the rest spreads as suits the type.
    /// </summary>
    private static (string, double)[] Outcomes(string type, DemoStore store)
    {
        var (paidFactor, dropFactor, internShare) = type switch
        {
            _ when type == Trajectory.Werkervaring => (1.3, 1.1, 0.4),
            _ when type == Trajectory.Leerwerk => (1.3, 1.0, 0.35),
            _ when type == Trajectory.StageBbl => (0.6, 0.9, 0.2),
            _ when type == Trajectory.Vrijwilliger => (0.35, 0.7, 0.3),
            _ when type == Trajectory.Dienstverband => (0.8, 0.4, 0.0),
            _ when type == Trajectory.Dagbesteding => (0.1, 0.8, 0.0),
            _ => (0.5, 1.3, 0.3),
        };
        var paid = Math.Min(0.7, store.PaidWork * paidFactor);
        var drop = Math.Min(0.45, store.DropOut * dropFactor);
        var rest = Math.Max(0.05, 1 - paid - drop);
        (double Opleiding, double AnderTraject, double Zorg, double Onbekend) split = type switch
        {
            _ when type == Trajectory.Werkervaring => (0.2, 0.35, 0.15, 0.3),
            _ when type == Trajectory.Leerwerk => (0.35, 0.3, 0.05, 0.3),
            _ when type == Trajectory.StageBbl => (0.75, 0.05, 0.0, 0.2),
            _ when type == Trajectory.Vrijwilliger => (0.1, 0.2, 0.2, 0.5),
            _ when type == Trajectory.Dienstverband => (0.0, 0.2, 0.2, 0.6),
            _ when type == Trajectory.Dagbesteding => (0.0, 0.35, 0.5, 0.15),
            _ => (0.0, 0.3, 0.0, 0.7),
        };
        return
        [
            (Outcome.BetaaldWerk, paid * (1 - internShare)),
            (Outcome.BetaaldWerkIntern, paid * internShare),
            (Outcome.Uitval, drop),
            (Outcome.Opleiding, rest * split.Opleiding),
            (Outcome.AnderTraject, rest * split.AnderTraject),
            (Outcome.Zorg, rest * split.Zorg),
            (Outcome.Onbekend, rest * split.Onbekend),
        ];
    }

    private static (int, double)[] LadderAtIntake(string type, string targetGroup) => (type, targetGroup) switch
    {
        _ when type == Trajectory.Dienstverband => [(5, 80), (4, 20)],
        _ when targetGroup == Group.Arbeidsbeperking => [(1, 10), (2, 45), (3, 40), (4, 5)],
        _ when targetGroup == Group.ZonderWerk => [(2, 35), (3, 45), (4, 20)],
        _ when targetGroup == Group.Nieuwkomer => [(1, 30), (2, 45), (3, 25)],
        _ when targetGroup == Group.Opleiding => [(3, 40), (4, 60)],
        _ => [(3, 30), (4, 70)],
    };

    /// <summary>The step up (or now and then down) the participation ladder by exit, given the outcome.</summary>
    private static (int, double)[] LadderChange(string outcome, int from) => outcome switch
    {
        _ when outcome == Outcome.BetaaldWerk => [(Math.Max(0, 5 - from), 60), (Math.Max(0, 6 - from), 40)],
        _ when outcome == Outcome.BetaaldWerkIntern => [(Math.Max(0, 5 - from), 100)],
        _ when outcome == Outcome.Opleiding => [(0, 40), (1, 60)],
        _ when outcome == Outcome.Zorg => [(0, 60), (-1, 30), (1, 10)],
        _ when outcome == Outcome.Uitval => [(0, 65), (-1, 20), (1, 15)],
        _ => [(0, 50), (1, 40), (-1, 10)],
    };

    private static (string Kind, string Name, double Chance)[] Courses(string kind) => kind switch
    {
        _ when kind == Kind.Winkel => [(Certificate.MboCertificaat, "Verkoopmedewerker", 0.10), (Certificate.Overig, "Kassatraining", 0.12)],
        _ when kind == Kind.Sortering => [(Certificate.Branchecertificaat, "VCA", 0.40), (Certificate.Branchecertificaat, "Heftruck", 0.25)],
        _ when kind == Kind.Horeca => [(Certificate.Branchecertificaat, "HACCP", 0.50), (Certificate.Branchecertificaat, "SVH Sociale Hygiëne", 0.12),
            (Certificate.MboCertificaat, "Basis Horeca", 0.10)],
        _ when kind == Kind.Fietsen => [(Certificate.MboCertificaat, "Fietstechniek", 0.40), (Certificate.Branchecertificaat, "E-bike specialist", 0.08)],
        _ when kind == Kind.Textiel => [(Certificate.MboCertificaat, "Textielbewerking", 0.25), (Certificate.Overig, "Naaimachinecursus", 0.25)],
        _ when kind == Kind.Meubels => [(Certificate.Branchecertificaat, "Veilig werken met houtbewerkingsmachines", 0.35),
            (Certificate.MboCertificaat, "Meubelmaken", 0.15)],
        _ when kind == Kind.Elektra => [(Certificate.Branchecertificaat, "NEN 3140", 0.35), (Certificate.MboCertificaat, "Elektrotechniek", 0.15)],
        _ => [(Certificate.Branchecertificaat, "Code 95", 0.15), (Certificate.Overig, "Ladingzekering", 0.30)],
    };

    private static string Role(string kind) => kind switch
    {
        _ when kind == Kind.Winkel => "Medewerker retail",
        _ when kind == Kind.Sortering => "Logistiek medewerker",
        _ when kind == Kind.Horeca => "Medewerker bediening",
        _ when kind == Kind.Fietsen => "Assistent fietstechnicus",
        _ when kind == Kind.Textiel => "Medewerker textielbewerking",
        _ when kind == Kind.Meubels => "Assistent meubelmaker",
        _ when kind == Kind.Elektra => "Assistent servicemonteur",
        _ => "Chauffeur/bijrijder",
    };

    private static string Diploma(string kind) => kind switch
    {
        _ when kind == Kind.Winkel => "Verkoopspecialist",
        _ when kind == Kind.Sortering => "Logistiek medewerker",
        _ when kind == Kind.Horeca => "Gastheer/gastvrouw",
        _ when kind == Kind.Fietsen => "Fietstechnicus",
        _ when kind == Kind.Textiel => "Medewerker maatkleding",
        _ when kind == Kind.Meubels => "Meubelmaker",
        _ when kind == Kind.Elektra => "Monteur elektrotechnische installaties",
        _ => "Chauffeur goederenvervoer",
    };
}

namespace RecruiterPortal.Core.JobPostings;

/// <summary>The demo postings' texts, written like real ads so extraction has something to read.</summary>
public static class DemoJobTexts
{
    public static IReadOnlyList<DemoJobText> All { get; } =
    [
        new("Senior Python Backend Engineer", "Northwind Payments", "Austin, TX", EmploymentTypes.FullTime, true, 140_000, 175_000, """
            We are hiring a Senior Python Backend Engineer to build the services behind our payments platform.

            Requirements
            - 5+ years of professional software development experience
            - Strong Python, with Django or FastAPI
            - PostgreSQL and SQL query tuning
            - REST API design, Docker and CI/CD
            - Bachelor's degree in Computer Science or a related field

            Nice to have
            - Kubernetes, AWS, Apache Kafka

            Benefits
            - Health insurance, 401(k) match, remote-first team
            Salary: $140,000 - $175,000 per year
            """),
        new("ICU Registered Nurse", "Mercy General Hospital", "Sacramento, CA", EmploymentTypes.FullTime, false, 95_000, 130_000, """
            Mercy General is looking for an ICU Registered Nurse for our Level I trauma intensive care unit.

            Requirements
            - Active RN license and BLS and ACLS certification
            - 2+ years of critical care nursing experience
            - Ventilator management and hemodynamic monitoring
            - Medication administration and patient care documentation in Epic
            - Bachelor of Science in Nursing (BSN)

            Preferred
            - CCRN certification

            Benefits
            - Shift differentials, tuition reimbursement, health insurance
            """),
        new("B2B Account Executive", "Contoso Software", "Chicago, IL", EmploymentTypes.FullTime, false, 70_000, 90_000, """
            Contoso Software needs an Account Executive to grow our mid-market customer base.

            Requirements
            - 3+ years of B2B sales experience with a record of meeting quota
            - Prospecting, lead generation and negotiation
            - Salesforce CRM pipeline management
            - Excellent communication and presentation skills

            Nice to have
            - SaaS sales experience, HubSpot

            Compensation: $70,000 - $90,000 base plus commission
            """),
        new("Financial Analyst", "Fabrikam Holdings", "New York, NY", EmploymentTypes.FullTime, false, 85_000, 105_000, """
            Fabrikam Holdings is hiring a Financial Analyst to support budgeting and forecasting.

            Requirements
            - 3+ years of experience in financial planning and analysis
            - Advanced Microsoft Excel, financial modeling and variance analysis
            - Budgeting, forecasting and month-end reporting
            - Bachelor's degree in Finance, Accounting or Economics

            Preferred
            - CPA or CFA, SQL, Power BI

            Benefits
            - Annual bonus, health insurance, hybrid schedule
            """),
        new("Logistics Coordinator", "Tailspin Freight", "Memphis, TN", EmploymentTypes.FullTime, false, 48_000, 60_000, """
            Tailspin Freight is looking for a Logistics Coordinator for our distribution center.

            Requirements
            - 2+ years of logistics, shipping or warehouse experience
            - Inventory management and supply chain coordination
            - Experience with SAP or another warehouse management system
            - Forklift certification is a plus
            - High school diploma or equivalent

            Nice to have
            - Lean or Six Sigma, Microsoft Excel

            Pay: $48,000 - $60,000 per year
            """),
    ];
}

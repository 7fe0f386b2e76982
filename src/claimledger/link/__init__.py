"""Link claims: relations within and across documents."""

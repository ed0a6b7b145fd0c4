using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Context;

/// <summary>
/// How GeoOpgave's own tables name their columns: a property's name in snake case (<c>CreatedAt</c> is
/// <c>created_at</c>), so that a configuration names a column only where it differs. Identity's tables keep their
/// own names.
/// </summary>
internal static class SnakeCaseTable
{
    /// <summary>Maps the entity to <paramref name="table"/>, each of its properties to a snake-case
    /// column.</summary>
    public static EntityTypeBuilder<TEntity> ToSnakeCaseTable<TEntity>(
        this EntityTypeBuilder<TEntity> builder,
        string table
    )
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(table);
        foreach (var property in builder.Metadata.GetDeclaredProperties())
        {
            property.SetColumnName(SnakeCase(property.Name));
        }

        return builder;
    }

    /// <summary><c>ExtentMinX</c> → <c>extent_min_x</c>.</summary>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var snake = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && snake.Length > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(c));
        }

        return snake.ToString();
    }
}
